package app.helmsman.reminders.internal;

import app.helmsman.platform.FeatureFlags;
import app.helmsman.platform.PlatformSettings;
import app.helmsman.reminders.RemindersSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends reminder emails and digests over SMTP. Off when {@code HELMSMAN_MAIL_HOST} is not set, and while the
 * {@code EMAIL_REMINDERS} flag is off (read at each send). Plain text only: nothing the person typed becomes markup.
 */
@Component
public class ReminderMailer {

    /** One email. */
    public record Mail(String to, String toName, String subject, String body, String unsubscribeUrl) {
    }

    private final RemindersSettings settings;
    private final FeatureFlags flags;
    private final String baseUrl;
    private final JavaMailSenderImpl sender;

    ReminderMailer(RemindersSettings settings, FeatureFlags flags, PlatformSettings platform) {
        this.settings = settings;
        this.flags = flags;
        this.baseUrl = platform.baseUrl() == null ? "http://localhost:8080" : platform.baseUrl().replaceAll("/+$", "");
        this.sender = settings.mailConfigured() ? sender(settings) : null;
    }

    private static JavaMailSenderImpl sender(RemindersSettings settings) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.mailHost());
        sender.setPort(settings.mailPort());
        if (settings.mailUsername() != null && !settings.mailUsername().isBlank()) {
            sender.setUsername(settings.mailUsername());
            sender.setPassword(settings.mailPassword());
        }
        var properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(settings.mailUsername() != null && !settings.mailUsername().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.mailStartTls()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Whether emails can go out now: SMTP configured and the EMAIL_REMINDERS flag on. */
    public boolean available() {
        return sender != null && flags.enabled(FeatureFlags.Flag.EMAIL_REMINDERS);
    }

    /** The public address of the app, for links in emails. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sends the mail; false when email is not available.
     *
     * @throws MailException when the SMTP server refuses it or cannot be reached
     */
    public boolean send(Mail mail) {
        if (!available()) {
            return false;
        }
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(new InternetAddress(settings.mailFrom(), "Helmsman", "UTF-8"));
            helper.setTo(new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Could not build a reminder email", e);
        }
        sender.send(message);
        return true;
    }

    /** The body of a reminder email: one line per reminder, then where to see them. */
    String reminderBody(String name, List<String> lines) {
        var body = new StringBuilder("Hello ").append(name).append(",\n\n");
        lines.forEach(line -> body.append("- ").append(line).append('\n'));
        body.append("\nYou can snooze or clear them in Helmsman: ").append(baseUrl).append("/\n");
        body.append("\nYou get these emails because reminder emails are on in your settings (").append(baseUrl)
                .append("/settings/reminders) and no Helmsman window was open.\n");
        return body.toString();
    }
}
