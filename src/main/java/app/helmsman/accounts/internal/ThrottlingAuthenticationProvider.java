package app.helmsman.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in with throttling: locked emails and addresses are refused before the password is checked. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AccountMetrics metrics;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AccountMetrics metrics) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
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
            return result;
        } catch (AuthenticationException e) {
            metrics.login("local", "failure");
            if (throttle.recordFailure(email, address)) {
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
