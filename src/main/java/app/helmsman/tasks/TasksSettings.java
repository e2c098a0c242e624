package app.helmsman.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tasks module ({@code helmsman.tasks.*}).
 *
 * @param recurrenceCron when the job creating instances of repeating tasks runs; "-" turns it off
 * @param purgeCron when the job purging the trash runs; "-" turns it off
 */
@ConfigurationProperties("helmsman.tasks")
public record TasksSettings(@DefaultValue("0 */10 * * * *") String recurrenceCron, @DefaultValue("0 17 3 * * *") String purgeCron) {
}
