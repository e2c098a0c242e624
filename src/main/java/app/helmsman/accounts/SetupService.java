package app.helmsman.accounts;

import app.helmsman.accounts.internal.UserRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First run: while no admin exists, every instance prints a one-time setup token at start; the setup
 * page creates the first admin only with a valid token, then every token is deleted, so setup cannot be
 * replayed. Tokens are stored hashed; a restart prints a new one.
 */
@Service
public class SetupService {

    private static final Logger log = LoggerFactory.getLogger(SetupService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final app.helmsman.platform.PlatformSettings platform;
    private volatile boolean adminExists;

    SetupService(UserRepository users, AccountService accounts, JdbcTemplate jdbc, Clock clock, app.helmsman.platform.PlatformSettings platform) {
        this.users = users;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.platform = platform;
    }

    /**
     * True while no admin exists. Once one does, one always will (the last admin can be neither removed nor
     * disabled), so that is remembered: the sign-in page, which asks on every visit, reaches the database only
     * until then (ADR 0030), and still answers while PostgreSQL is down.
     */
    public boolean setupNeeded() {
        if (adminExists) {
            return false;
        }
        adminExists = users.existsWithRole(Role.ADMIN);
        return !adminExists;
    }

    /** Forgets that an admin exists: for tests that empty the database. */
    public void forgetCached() {
        adminExists = false;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printSetupTokenOnFirstRun() {
        if (setupNeeded()) {
            var token = issueToken();
            log.warn("""

                    ============================================================
                     Helmsman has no admin yet. Open {}/setup
                     and enter this one-time setup token: {}
                    ============================================================""", platform.baseUrl(), token);
        }
    }

    /** Creates and stores a new setup token; returns it in plain text (shown once). */
    @Transactional
    public String issueToken() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into setup_token (token_hash, created_at) values (?, ?)", hash(token), Timestamp.from(clock.instant()));
        return token;
    }

    /**
     * Creates the first admin.
     *
     * @throws AccountValidationException for an unknown token ("token"), when setup was already done, or
     *                                    for unacceptable account details
     */
    @Transactional
    public UUID completeSetup(String token, SignUpForm admin) {
        // One setup at a time across every replica; the second one then sees the admin the first created.
        jdbc.execute("lock table setup_token in share row exclusive mode");
        if (!setupNeeded()) {
            throw new AccountValidationException("token", "Setup is already complete. Sign in instead.");
        }
        var known = token != null && !token.isBlank()
                && jdbc.queryForObject("select count(*) from setup_token where token_hash = ?", Integer.class, hash(token.strip())) > 0;
        if (!known) {
            throw new AccountValidationException("token", "This setup token is not valid. Use the newest token printed in the server log.");
        }
        var id = accounts.createLocalAccount(admin, EnumSet.of(Role.USER, Role.ADMIN));
        jdbc.update("delete from setup_token");
        log.info("First admin created; setup tokens deleted");
        return id;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
