package app.helmsman.accounts.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** helmsman.accounts.* metrics: sign-ins by method and outcome, sign-ups, number of accounts. */
@Component
public class AccountMetrics {

    private final MeterRegistry registry;
    private final Counter signups;

    private final UserRepository users;
    private final AtomicLong userCount = new AtomicLong();

    AccountMetrics(MeterRegistry registry, UserRepository users) {
        this.registry = registry;
        this.users = users;
        this.signups = Counter.builder("helmsman.accounts.signups").description("Accounts created").register(registry);
        // Read from a value refreshed in the background: a scrape must not wait for the database.
        Gauge.builder("helmsman.accounts.users", userCount, AtomicLong::get).description("Accounts in total").register(registry);
        for (var method : new String[] {"local", "google", "microsoft"}) {
            for (var outcome : new String[] {"success", "failure", "locked"}) {
                login(method, outcome, 0);
            }
        }
    }

    @Scheduled(initialDelay = 0, fixedDelay = 60_000)
    void refreshUserCount() {
        try {
            userCount.set(users.count());
        } catch (RuntimeException e) {
            // The database is away: keep the last count; readiness reports the outage.
        }
    }

    public void login(String method, String outcome) {
        login(method, outcome, 1);
    }

    private void login(String method, String outcome, int amount) {
        Counter.builder("helmsman.accounts.logins").description("Sign-in attempts")
                .tag("method", method).tag("outcome", outcome).register(registry).increment(amount);
    }

    public void signedUp() {
        signups.increment();
        userCount.incrementAndGet();
    }
}
