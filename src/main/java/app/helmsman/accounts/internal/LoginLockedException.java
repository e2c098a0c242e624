package app.helmsman.accounts.internal;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused for a while after too many failures; says how long, the same for any email. */
public class LoginLockedException extends LockedException {

    private final long minutes;

    public LoginLockedException(Duration remaining) {
        super("Too many failed sign-in attempts");
        this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    public long minutes() {
        return minutes;
    }
}
