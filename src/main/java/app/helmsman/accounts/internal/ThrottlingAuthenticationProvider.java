package app.helmsman.accounts.internal;

import app.helmsman.platform.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/** Password sign-in with throttling: locked emails and addresses are refused before the password is checked. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AccountMetrics metrics;
    private final AuditLog audit;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AccountMetrics metrics, AuditLog audit) {
        this.audit = audit;
        this.delegate = delegate;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return throttled(authentication);
        } catch (DataAccessException | TransactionException e) {
            // PostgreSQL is away (restart, failover): a calm "try again" on the sign-in page, not a 500.
            log.warn("Sign-in not possible, the database is unreachable: {}", e.getMessage());
            throw new SignInUnavailableException(e);
        }
    }

    private Authentication throttled(Authentication authentication) {
        var email = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var locked = throttle.lockedFor(email, address);
        if (locked.isPresent()) {
            metrics.login("local", "locked");
            throw new LoginLockedException(locked.get());
        }
        try {
            var result = delegate.authenticate(authentication);
            throttle.recordSuccess(email);
            metrics.login("local", "success");
            var userId = result.getPrincipal() instanceof HelmsmanPrincipal principal ? principal.userId() : null;
            audit.recordQuietly(userId, email, "sign-in.succeeded", email, "password", address);
            return result;
        } catch (AuthenticationException e) {
            metrics.login("local", "failure");
            audit.recordQuietly(null, email, "sign-in.failed", email, e instanceof org.springframework.security.authentication.DisabledException
                    ? "password; the account is disabled" : "password", address);
            if (throttle.recordFailure(email, address)) {
                audit.recordQuietly(null, email, "sign-in.locked-out", email, "too many failed sign-ins", address);
                throw new LoginLockedException(throttle.lockedFor(email, address).orElseThrow());
            }
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
