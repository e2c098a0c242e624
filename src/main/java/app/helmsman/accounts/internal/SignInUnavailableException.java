package app.helmsman.accounts.internal;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Sign-in could not be checked because PostgreSQL is unreachable: the sign-in page says so (instead of
 * an error page), and nothing about the attempt is counted.
 */
public class SignInUnavailableException extends AuthenticationServiceException {

    public SignInUnavailableException(Throwable cause) {
        super("Helmsman cannot reach its database", cause);
    }
}
