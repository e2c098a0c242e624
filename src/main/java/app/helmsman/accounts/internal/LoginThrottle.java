package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountsSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL (so every replica sees the
 * same counts) and locks sign-in for a while after too many. A successful sign-in resets the account's
 * count only: the address's count keeps running, or one own account would let an address guess forever.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final AccountsSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, AccountsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How much longer sign-in stays locked for this email or address, if it is locked. */
    public Optional<Duration> lockedFor(String email, String address) {
        var now = clock.instant();
        var until = jdbc.query("select max(locked_until) from login_throttle where throttle_key in (?, ?) and locked_until > ?",
                (rs, i) -> rs.getTimestamp(1), accountKey(email), addressKey(address), Timestamp.from(now));
        return until.stream().filter(t -> t != null).findFirst().map(t -> Duration.between(now, t.toInstant()));
    }

    /**
     * Records a failure; returns true when it locked the account or address. In its own transaction, so
     * that a caller's rollback (a refused settings change) does not undo the count.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String email, String address) {
        boolean accountLocked = count(accountKey(email), settings.maxFailuresPerAccount());
        boolean addressLocked = address != null && count(addressKey(address), settings.maxFailuresPerAddress());
        return accountLocked || addressLocked;
    }

    /** Resets the failure count of this account (never of the address it came from). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(email));
    }

    /** Clears this account's failures and lockout (an admin's unlock); addresses keep theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void unlock(String email) {
        jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(email));
    }

    /** Whether sign-in is locked for this account now. */
    public boolean accountLocked(String email) {
        return jdbc.queryForObject("select count(*) from login_throttle where throttle_key = ? and locked_until > ?", Integer.class,
                accountKey(email), Timestamp.from(clock.instant())) > 0;
    }

    private boolean count(String key, int max) {
        Instant now = clock.instant();
        var windowStart = Timestamp.from(now.minus(settings.failureWindow()));
        Integer failures = jdbc.queryForObject("""
                insert into login_throttle (throttle_key, failures, window_start, locked_until) values (?, 1, ?, null)
                on conflict (throttle_key) do update set
                  failures = case when login_throttle.window_start < ? then 1 else login_throttle.failures + 1 end,
                  window_start = case when login_throttle.window_start < ? then excluded.window_start else login_throttle.window_start end
                returning failures""", Integer.class, key, Timestamp.from(now), windowStart, windowStart);
        if (failures != null && failures >= max) {
            jdbc.update("update login_throttle set locked_until = ?, failures = 0, window_start = ? where throttle_key = ?",
                    Timestamp.from(now.plus(settings.lockout())), Timestamp.from(now), key);
            return true;
        }
        return false;
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
