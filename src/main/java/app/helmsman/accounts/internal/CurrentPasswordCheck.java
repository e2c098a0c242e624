package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountValidationException;
import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The current-password check of Settings (change password, delete account), throttled like sign-in: it
 * counts toward the same lockout (account and client address), so an open session cannot be used to
 * guess the password, and while locked even the right password is refused.
 */
@Component
public class CurrentPasswordCheck {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;

    CurrentPasswordCheck(LoginThrottle throttle, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Passes when {@code given} is the password of the account, else throws.
     *
     * @param field the form field the message belongs to
     * @throws AccountValidationException on {@code field}: a wrong password, or too many wrong ones (with the wait)
     */
    public void verify(String email, String passwordHash, String given, String field) {
        var address = clientAddress();
        var locked = throttle.lockedFor(email, address);
        if (locked.isPresent()) {
            throw new AccountValidationException(field, tooManyFailures(locked.get()));
        }
        if (given == null || !passwordEncoder.matches(given, passwordHash)) {
            if (throttle.recordFailure(email, address)) {
                throw new AccountValidationException(field, tooManyFailures(throttle.lockedFor(email, address).orElse(Duration.ZERO)));
            }
            throw new AccountValidationException(field, "This is not your current password.");
        }
        throttle.recordSuccess(email);
    }

    private static String tooManyFailures(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return "Too many wrong passwords. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** The client address when the call comes from an HTTP request (not over a Push WebSocket): the account's count still applies. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
