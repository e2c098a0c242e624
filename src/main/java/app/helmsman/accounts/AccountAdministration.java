package app.helmsman.accounts;

import app.helmsman.accounts.internal.CurrentPrincipal;
import app.helmsman.accounts.internal.LoginThrottle;
import app.helmsman.accounts.internal.SessionsRevokedHints;
import app.helmsman.accounts.internal.UserEntity;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.platform.AuditLog;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to other people's accounts in the ops console. Every method needs the ADMIN role, runs in
 * one transaction and writes an audit row in it (the action and its record commit together). The installation
 * never loses its last admin: revoking, disabling or deleting the only enabled admin is refused.
 */
@Service
public class AccountAdministration {

    private final UserRepository users;
    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final SessionsRevokedHints revokedHints;
    private final CurrentPrincipal currentPrincipal;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountAdministration(UserRepository users, AccountService accounts, LoginThrottle throttle, SessionsRevokedHints revokedHints,
                          CurrentPrincipal currentPrincipal, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
        this.revokedHints = revokedHints;
        this.currentPrincipal = currentPrincipal;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Disables an account: it cannot sign in, and its sessions and persistent logins end on every replica at
     * once (open windows reload into the sign-in page).
     *
     * @throws AccountValidationException for your own account, the last enabled admin, or an unknown id
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(UUID userId) {
        var user = find(userId);
        if (user.getId().equals(actorId())) {
            throw new AccountValidationException("user", "You cannot disable your own account.");
        }
        requireAnotherAdmin(user, "disable");
        user.setEnabled(false);
        revoke(user);
        record("account.disabled", user, null);
    }

    /** Lets a disabled account sign in again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(UUID userId) {
        var user = find(userId);
        user.setEnabled(true);
        record("account.enabled", user, null);
    }

    /** Makes an account an admin (from its next sign-in on: roles are read when a session signs in). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void grantAdmin(UUID userId) {
        var user = find(userId);
        var roles = EnumSet.copyOf(user.getRoles().isEmpty() ? EnumSet.of(Role.USER) : user.getRoles());
        roles.add(Role.ADMIN);
        user.setRoles(roles);
        record("admin.granted", user, null);
    }

    /**
     * Takes the admin role away; the person's sessions end so that none keeps the role it had.
     *
     * @throws AccountValidationException for the last enabled admin
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revokeAdmin(UUID userId) {
        var user = find(userId);
        if (!user.getRoles().contains(Role.ADMIN)) {
            return;
        }
        requireAnotherAdmin(user, "revoke");
        var roles = EnumSet.copyOf(user.getRoles());
        roles.remove(Role.ADMIN);
        roles.add(Role.USER);
        user.setRoles(roles);
        revoke(user);
        record("admin.revoked", user, null);
    }

    /** Ends every session and persistent login of an account, on every device and replica. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void signOutEverywhere(UUID userId) {
        var user = find(userId);
        revoke(user);
        record("sessions.revoked", user, "by an admin");
    }

    /**
     * Deletes an account with all its data (as the person deleting it themselves would: {@link AccountDeleted}).
     *
     * @param typedEmail the account's email, typed by the admin to confirm
     * @throws AccountValidationException ("confirmation") when it does not match, or for the last enabled admin
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(UUID userId, String typedEmail) {
        var user = find(userId);
        if (typedEmail == null || !typedEmail.strip().equalsIgnoreCase(user.getEmail())) {
            throw new AccountValidationException("confirmation", "Type the account's email address, " + user.getEmail() + ", to delete it.");
        }
        requireAnotherAdmin(user, "delete");
        revokedHints.revoked(user.getId());
        record("account.deleted", user, "by an admin");
        accounts.delete(user);
    }

    /** Clears a throttled sign-in of this account (its failure count and lockout; never an address's). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(UUID userId) {
        var user = find(userId);
        throttle.unlock(user.getEmail());
        record("sign-in.unlocked", user, null);
    }

    private void revoke(UserEntity user) {
        user.revokeSessions(clock.instant());
        jdbc.update("delete from persistent_logins where username = ?", user.getEmail());
        revokedHints.revoked(user.getId());
    }

    private void requireAnotherAdmin(UserEntity user, String verb) {
        if (!user.getRoles().contains(Role.ADMIN) || !user.isEnabled()) {
            return;
        }
        Integer others = jdbc.queryForObject("""
                select count(*) from user_roles r join users u on u.id = r.user_id
                where r.role = 'ADMIN' and u.enabled and u.id <> ?""", Integer.class, user.getId());
        if (others == null || others == 0) {
            throw new AccountValidationException("user", "This is the last admin. Make another account an admin before you " + verb + " this one.");
        }
    }

    private UserEntity find(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new AccountValidationException("user", "There is no such account any more."));
    }

    private UUID actorId() {
        return currentPrincipal.get().map(p -> p.userId()).orElse(null);
    }

    private void record(String action, UserEntity target, String detail) {
        var actor = currentPrincipal.get();
        audit.record(actor.map(p -> p.userId()).orElse(null), actor.map(p -> p.getUsername()).orElse(null), action, target.getEmail(), detail);
    }
}
