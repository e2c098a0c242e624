package app.helmsman;

import app.helmsman.accounts.Role;
import app.helmsman.accounts.internal.UserEntity;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.accounts.internal.UserSettingsEntity;
import app.helmsman.accounts.internal.UserSettingsRepository;
import app.helmsman.platform.RuntimeFeatureFlags;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectRole;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Test data: a clean database, accounts, and a signed-in security context. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final JdbcTemplate jdbc;
    private final UserRepository users;
    private final UserSettingsRepository settings;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final ProjectInvitationService invitations;
    private final RuntimeFeatureFlags flags;
    private final app.helmsman.accounts.SetupService setup;

    Fixtures(SecurityContextHolderStrategy contexts, JdbcTemplate jdbc, UserRepository users, UserSettingsRepository settings, PasswordEncoder passwordEncoder,
             UserDetailsService userDetails, Clock clock, ProjectInvitationService invitations, RuntimeFeatureFlags flags,
             app.helmsman.accounts.SetupService setup) {
        this.flags = flags;
        this.setup = setup;
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
        this.clock = clock;
        this.contexts = contexts;
    }

    /** Removes every account and everything that hangs on accounts (tasks, projects...), and lets the clock run again. */
    public void resetDatabase() {
        // A listener of the previous test (a re-plan, a reminder round) may still hold a row lock: PostgreSQL then
        // picks the truncate as a deadlock victim; the other transaction finishes, and the truncate goes through.
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("truncate table users, setup_token, persistent_logins, login_throttle, feature_flags, maintenance_banner, ai_usage_daily cascade");
                break;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        flags.forgetCached();
        setup.forgetCached();
        if (clock instanceof TestClock testClock) {
            testClock.reset();
        }
    }

    /** Sets the zone a person's days are computed in. */
    public void timeZone(UUID userId, String zoneId) {
        jdbc.update("update user_settings set time_zone = ? where user_id = ?", zoneId, userId);
    }

    /** Sets the language tag of the browser a person last used (what their emails are written in). */
    public void locale(UUID userId, String languageTag) {
        jdbc.update("update user_settings set locale = ? where user_id = ?", languageTag, userId);
    }

    public UUID user(String email) {
        return account(email, "Test " + email.substring(0, email.indexOf('@')), EnumSet.of(Role.USER));
    }

    public UUID admin(String email) {
        return account(email, "Admin " + email.substring(0, email.indexOf('@')), EnumSet.of(Role.USER, Role.ADMIN));
    }

    private UUID account(String email, String name, EnumSet<Role> roles) {
        var user = users.save(new UserEntity(email, name, passwordEncoder.encode(PASSWORD), roles, clock.instant()));
        settings.save(new UserSettingsEntity(user.getId()));
        return user.getId();
    }

    /** Signs the given account in for service calls made on this thread. */
    public void signIn(String email) {
        // Every Spring context that starts installs its own strategy as SecurityContextHolder's global one
        // (Vaadin's security configuration does), so after a test class with another context the global one
        // is not this context's; code that reads the static holder (AuthenticationContext) must see this one.
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(contexts);
        var principal = userDetails.loadUserByUsername(email);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(context);
    }

    /**
     * Shares the project with an existing account the way people do: the signed-in person invites them, they
     * accept. The signed-in person stays signed in.
     */
    public void share(UUID projectId, String email, ProjectRole role) {
        share(invitations, projectId, email, role);
    }

    /** {@link #share(UUID, String, ProjectRole)} through another instance's invitation service (same database). */
    public void share(ProjectInvitationService through, UUID projectId, String email, ProjectRole role) {
        var inviter = contexts.getContext();
        var invitation = through.invite(projectId, email, role);
        if (!invitation.added()) {
            throw new IllegalStateException(invitation.message());
        }
        signIn(email);
        try {
            var pending = through.mine().stream().filter(i -> i.projectId().equals(projectId)).findFirst().orElseThrow();
            through.accept(pending.id());
        } finally {
            contexts.setContext(inviter);
        }
    }

    /** Ends the sign-in of {@link #signIn(String)}. */
    public void signOut() {
        contexts.clearContext();
    }

    public org.springframework.security.core.Authentication authentication() {
        return contexts.getContext().getAuthentication();
    }

    public List<String> roleNames(String email) {
        return userDetails.loadUserByUsername(email).getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", "")).toList();
    }
}
