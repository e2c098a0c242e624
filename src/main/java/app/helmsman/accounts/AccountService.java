package app.helmsman.accounts;

import app.helmsman.accounts.internal.AccountMetrics;
import app.helmsman.accounts.internal.CurrentPasswordCheck;
import app.helmsman.accounts.internal.CurrentPrincipal;
import app.helmsman.accounts.internal.IdentityEntity;
import app.helmsman.accounts.internal.PasswordPolicy;
import app.helmsman.accounts.internal.SessionRevocationFilter;
import app.helmsman.accounts.internal.SettingsHints;
import app.helmsman.accounts.internal.IdentityRepository;
import app.helmsman.accounts.internal.UserEntity;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.accounts.internal.UserSettingsEntity;
import app.helmsman.accounts.internal.UserSettingsRepository;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.FeatureFlags;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and settings of the signed-in person. Every method that reads or changes an account acts on
 * the current user only (never on an id passed in), so no view can reach someone else's account.
 */
@Service
public class AccountService {

    /** NUL cannot be stored in PostgreSQL text; it is invisible, so say what it is (issue 11). */
    private static final String NUL_MESSAGE = "Remove the invisible control character (NUL, \\u0000) from the name.";

    /** What a sign-up hears while the SIGN_UPS flag is off. */
    public static final String SIGN_UPS_CLOSED = "Helmsman is not taking new accounts at the moment. Ask the person who runs it.";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserRepository users;
    private final UserSettingsRepository settings;
    private final IdentityRepository identities;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AccountMetrics metrics;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentPrincipal currentPrincipal;
    private final SettingsHints settingsHints;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final AuditLog audit;
    private final FeatureFlags flags;

    AccountService(CurrentPrincipal currentPrincipal, SettingsHints settingsHints, CurrentPasswordCheck currentPasswordCheck, UserRepository users, UserSettingsRepository settings, IdentityRepository identities, PasswordEncoder passwordEncoder,
                   ApplicationEventPublisher events, AccountMetrics metrics, JdbcTemplate jdbc, Clock clock, AuditLog audit, FeatureFlags flags) {
        this.audit = audit;
        this.flags = flags;
        this.users = users;
        this.settings = settings;
        this.identities = identities;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentPrincipal = currentPrincipal;
        this.settingsHints = settingsHints;
        this.currentPasswordCheck = currentPasswordCheck;
    }

    /**
     * Creates a local account with the USER role.
     *
     * @return the new account's id
     * @throws AccountValidationException with a message per field that is not acceptable, including an
     *                                    email that already has an account
     */
    @Transactional
    public UUID signUp(SignUpForm form) {
        if (!flags.enabled(FeatureFlags.Flag.SIGN_UPS)) {
            throw new AccountValidationException("email", SIGN_UPS_CLOSED);
        }
        return createLocalAccount(form, EnumSet.of(Role.USER));
    }

    UUID createLocalAccount(SignUpForm form, Set<Role> roles) {
        var errors = validate(form);
        if (errors.isEmpty() && users.findByEmail(form.email().strip()).isPresent()) {
            errors.put("email", "An account with this email already exists. Sign in instead.");
        }
        if (!errors.isEmpty()) {
            throw new AccountValidationException(errors);
        }
        var user = users.save(new UserEntity(form.email(), form.displayName(), passwordEncoder.encode(form.password()), roles, clock.instant()));
        settings.save(new UserSettingsEntity(user.getId()));
        metrics.signedUp();
        events.publishEvent(new UserSignedUp(user.getId()));
        return user.getId();
    }

    static Map<String, String> validate(SignUpForm form) {
        var errors = new LinkedHashMap<String, String>();
        var email = form.email() == null ? "" : form.email().strip();
        if (email.isEmpty()) {
            errors.put("email", "Enter your email address.");
        } else if (email.length() > SignUpForm.EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            errors.put("email", "Enter an email address like name@example.com.");
        }
        var name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty()) {
            errors.put("displayName", "Enter the name Helmsman should call you.");
        } else if (name.length() > SignUpForm.DISPLAY_NAME_MAX_LENGTH) {
            errors.put("displayName", "Use at most " + SignUpForm.DISPLAY_NAME_MAX_LENGTH + " characters.");
        } else if (name.indexOf('\0') >= 0) {
            errors.put("displayName", NUL_MESSAGE);
        }
        passwordProblem(form.password(), email).ifPresent(problem -> errors.put("password", problem));
        return errors;
    }

    static java.util.Optional<String> passwordProblem(String password, String email) {
        return PasswordPolicy.problem(password, email);
    }

    /** The signed-in person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CurrentUser currentUser() {
        var user = currentEntity();
        return new CurrentUser(user.getId(), user.getEmail(), user.getDisplayName(), user.getRoles());
    }

    /** The current user's settings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSettings settings() {
        var user = currentEntity();
        var entity = settings.findById(user.getId()).orElseGet(() -> new UserSettingsEntity(user.getId()));
        return toSettings(user, entity);
    }

    /**
     * Saves the current user's settings.
     *
     * @throws AccountValidationException when the name is empty or working hours end before they start
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserSettings saveSettings(UserSettings changed) {
        var errors = new LinkedHashMap<String, String>();
        var name = changed.displayName() == null ? "" : changed.displayName().strip();
        if (name.isEmpty() || name.length() > SignUpForm.DISPLAY_NAME_MAX_LENGTH) {
            errors.put("displayName", name.isEmpty() ? "Enter the name Helmsman should call you." : "Use at most 100 characters.");
        } else if (name.indexOf('\0') >= 0) {
            errors.put("displayName", NUL_MESSAGE);
        }
        if (changed.workStart() == null || changed.workEnd() == null) {
            errors.put("workEnd", "Enter when your working hours start and end.");
        } else if (!changed.workEnd().isAfter(changed.workStart())) {
            errors.put("workEnd", "Working hours must end after they start.");
        }
        if (!errors.isEmpty()) {
            throw new AccountValidationException(errors);
        }
        var user = currentEntity();
        user.setDisplayName(name);
        var entity = settings.findById(user.getId()).orElseGet(() -> new UserSettingsEntity(user.getId()));
        entity.setTimeZone(changed.timeZone() == null ? null : changed.timeZone().getId());
        entity.setAppearance(changed.appearance() == null ? app.helmsman.shared.ui.Appearance.DEFAULT : changed.appearance());
        entity.setWorkingHours(changed.workStart(), changed.workEnd());
        entity.setEnergyPeak(changed.energyPeak() == null ? UserSettings.EnergyPeak.MORNING : changed.energyPeak());
        var saved = toSettings(user, settings.save(entity));
        settingsHints.changed(user.getId());
        return saved;
    }

    /** Stores the zone the browser reported, unless the person already has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberDetectedTimeZone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return;
        }
        try {
            var zone = ZoneId.of(zoneId);
            var user = currentEntity();
            var entity = settings.findById(user.getId()).orElseGet(() -> new UserSettingsEntity(user.getId()));
            if (entity.getTimeZone() == null) {
                entity.setTimeZone(zone.getId());
                settings.save(entity);
            }
        } catch (DateTimeException ignored) {
            // A browser reported a zone Java does not know: keep asking the person in settings instead.
        }
    }

    /**
     * Stores the locale of the browser the person is using, so that emails write dates and times as the app does
     * ({@link UserLocales}). Unlike the zone it is not a setting: the latest browser wins. Ignores null, a locale
     * without a language and a language tag longer than {@value UserSettingsEntity#LOCALE_LENGTH} characters.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberBrowserLocale(java.util.Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return;
        }
        var tag = locale.toLanguageTag();
        if (tag.length() > UserSettingsEntity.LOCALE_LENGTH) {
            return;
        }
        var user = currentEntity();
        var entity = settings.findById(user.getId()).orElseGet(() -> new UserSettingsEntity(user.getId()));
        if (!tag.equals(entity.getLocale())) {
            entity.setLocale(tag);
            settings.save(entity);
        }
    }

    /**
     * Changes the current user's password and signs out every other session and device.
     *
     * @throws AccountValidationException when the current password is wrong (throttled like sign-in: after
     *                                    too many wrong ones even the right one is refused for a while) or
     *                                    the new one is unacceptable
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var user = currentEntity();
        if (user.getPasswordHash() != null) {
            currentPassword(user, currentPassword, "currentPassword");
        }
        passwordProblem(newPassword, user.getEmail()).ifPresent(problem -> {
            throw new AccountValidationException("newPassword", problem);
        });
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        revokeEverywhere(user);
        audit.record(user.getId(), user.getEmail(), "password.changed", user.getEmail(), "other sessions signed out");
        // Other devices are signed out; the person who just changed the password stays signed in here.
        SessionRevocationFilter.keepCurrentSession(user.getSessionsValidAfter());
    }

    /** Ends every session and persistent login of the current user, on every device and replica. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void signOutEverywhere() {
        var user = currentEntity();
        revokeEverywhere(user);
        audit.record(user.getId(), user.getEmail(), "sessions.revoked", user.getEmail(), "sign out everywhere");
    }

    private void revokeEverywhere(UserEntity user) {
        user.revokeSessions(clock.instant());
        jdbc.update("delete from persistent_logins where username = ?", user.getEmail());
    }

    /**
     * Deletes the current user's account for good, with everything that hangs on it (tasks, projects, tags,
     * settings, sign-in methods: the database cascades), and ends its sessions on every device and replica.
     * Projects the person shared go with it. Publishes {@link AccountDeleted}.
     *
     * @param confirmation the current password, or for an account without one (Google, Microsoft) its email
     * @throws AccountValidationException ("confirmation") when it does not match (a password is throttled like
     *                                    sign-in), or when this is the only admin
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteAccount(String confirmation) {
        var user = currentEntity();
        var given = confirmation == null ? "" : confirmation;
        if (user.getPasswordHash() != null) {
            currentPassword(user, given, "confirmation");
        } else if (!given.strip().equalsIgnoreCase(user.getEmail())) {
            throw new AccountValidationException("confirmation", "Type the email address of this account.");
        }
        if (user.getRoles().contains(Role.ADMIN) && jdbc.queryForObject(
                "select count(*) from user_roles where role = 'ADMIN' and user_id <> ?", Integer.class, user.getId()) == 0) {
            throw new AccountValidationException("confirmation", "You are the only admin. Make another account an admin first.");
        }
        audit.record(user.getId(), user.getEmail(), "account.deleted", user.getEmail(), "by the person");
        delete(user);
    }

    /** Deletes an account and everything that hangs on it, and ends its persistent logins (also for admins). */
    void delete(UserEntity user) {
        jdbc.update("delete from persistent_logins where username = ?", user.getEmail());
        var id = user.getId();
        users.delete(user);
        users.flush();
        events.publishEvent(new AccountDeleted(id));
    }

    /** Every account, for the ops console. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAll(Sort.by("createdAt")).stream().map(user -> new UserSummary(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getRoles(), user.getCreatedAt(),
                identities.findByUserId(user.getId()).stream().map(IdentityEntity::getProvider).collect(Collectors.toSet()))).toList();
    }

    private void currentPassword(UserEntity user, String given, String field) {
        currentPasswordCheck.verify(user.getEmail(), user.getPasswordHash(), given, field);
    }

    private UserEntity currentEntity() {
        var principal = currentPrincipal.get().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        return users.findById(principal.userId()).orElseThrow(() -> new IllegalStateException("account no longer exists"));
    }

    private static UserSettings toSettings(UserEntity user, UserSettingsEntity entity) {
        return new UserSettings(user.getDisplayName(), entity.getTimeZone() == null ? null : ZoneId.of(entity.getTimeZone()),
                entity.getAppearance(), entity.getWorkStart(), entity.getWorkEnd(), entity.getEnergyPeak());
    }
}
