package app.helmsman;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system clock until a test sets an instant, and again
 * after {@link Fixtures#resetDatabase()}.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops time at the instant. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        var now = fixed;
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        var source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
