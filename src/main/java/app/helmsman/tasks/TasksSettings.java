package app.helmsman.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tasks module ({@code helmsman.tasks.*}).
 *
 * @param recurrenceCron when the job creating instances of repeating tasks runs; "-" turns it off
 * @param purgeCron when the job purging the trash runs; "-" turns it off
 * @param maxTasksPerAccount most tasks one account may own, done and trashed ones included ({@code HELMSMAN_TASKS_MAX_PER_ACCOUNT})
 */
@ConfigurationProperties("helmsman.tasks")
public record TasksSettings(@DefaultValue("0 */10 * * * *") String recurrenceCron, @DefaultValue("0 17 3 * * *") String purgeCron,
                            @DefaultValue("50000") int maxTasksPerAccount) {
}
