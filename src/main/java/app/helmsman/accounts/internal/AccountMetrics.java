package app.helmsman.accounts.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** helmsman.accounts.* metrics: sign-ins by method and outcome, sign-ups, number of accounts. */
@Component
public class AccountMetrics {

    private final MeterRegistry registry;
    private final Counter signups;

    AccountMetrics(MeterRegistry registry, UserRepository users) {
        this.registry = registry;
        this.signups = Counter.builder("helmsman.accounts.signups").description("Accounts created").register(registry);
        Gauge.builder("helmsman.accounts.users", users, UserRepository::count).description("Accounts in total").register(registry);
        for (var method : new String[] {"local", "google", "microsoft"}) {
            for (var outcome : new String[] {"success", "failure", "locked"}) {
                login(method, outcome, 0);
            }
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
    }
}
