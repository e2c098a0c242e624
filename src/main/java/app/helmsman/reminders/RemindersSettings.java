package app.helmsman.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of reminders ({@code helmsman.reminders.*}).
 *
 * @param deliveryInterval how often each replica looks for due reminders ({@code HELMSMAN_REMINDERS_DELIVERY_INTERVAL},
 *                         default 500 ms: a reminder reaches an open window within a second of its time)
 * @param lateAfter a reminder delivered more than this after its time says it is late (default 2 minutes)
 * @param mailHost SMTP host ({@code HELMSMAN_MAIL_HOST}); blank turns email off
 * @param mailPort SMTP port (default 587)
 * @param mailUsername SMTP user, if the server wants one
 * @param mailPassword SMTP password
 * @param mailFrom the sender address (default {@code helmsman@localhost})
 * @param mailStartTls use STARTTLS (default true)
 * @param digestCron when the digest job looks for people whose quiet hours ended today ("-" turns it off)
 */
@ConfigurationProperties("helmsman.reminders")
public record RemindersSettings(Duration deliveryInterval, Duration lateAfter, String mailHost, Integer mailPort, String mailUsername,
                                String mailPassword, String mailFrom, Boolean mailStartTls, String digestCron) {

    public RemindersSettings {
        deliveryInterval = deliveryInterval == null ? Duration.ofMillis(500) : deliveryInterval;
        lateAfter = lateAfter == null ? Duration.ofMinutes(2) : lateAfter;
        mailPort = mailPort == null ? 587 : mailPort;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "helmsman@localhost" : mailFrom;
        mailStartTls = mailStartTls == null || mailStartTls;
    }

    public boolean mailConfigured() {
        return mailHost != null && !mailHost.isBlank();
    }
}
