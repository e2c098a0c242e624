package app.helmsman.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of scheduled jobs ({@code helmsman.jobs.*}), shared by every job {@link Jobs} runs.
 *
 * @param unitTimeout the time budget of one unit of work (one series, one person): its transaction's timeout
 * @param runBudget how long one round may take; units not started by then wait for the next round
 */
@ConfigurationProperties("helmsman.jobs")
public record JobSettings(@DefaultValue("30s") Duration unitTimeout, @DefaultValue("5m") Duration runBudget) {

    public JobSettings {
        if (unitTimeout == null || unitTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("helmsman.jobs.unit-timeout must be at least one second");
        }
        if (runBudget == null || runBudget.compareTo(unitTimeout) < 0) {
            throw new IllegalArgumentException("helmsman.jobs.run-budget must be at least helmsman.jobs.unit-timeout");
        }
    }
}
