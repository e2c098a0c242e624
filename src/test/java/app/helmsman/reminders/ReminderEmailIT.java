package app.helmsman.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.live.LivePresence;
import app.helmsman.reminders.internal.DigestSender;
import app.helmsman.reminders.internal.ReminderDelivery;
import app.helmsman.shared.ui.DateFormats;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminder emails and the daily digest, against a real SMTP server in process (GreenMail). */
@IntegrationTest
class ReminderEmailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("helmsman.reminders.mail-host", () -> "127.0.0.1");
        registry.add("helmsman.reminders.mail-port", () -> SMTP.getSmtp().getPort());
        registry.add("helmsman.reminders.mail-start-tls", () -> "false");
        registry.add("helmsman.reminders.mail-from", () -> "reminders@helmsman.example");
        registry.add("helmsman.platform.base-url", () -> "https://helmsman.example");
    }

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderDelivery delivery;
    @Autowired
    DigestSender digests;
    @Autowired
    LivePresence presence;
    @Autowired
    ConfigurableEnvironment environment;

    UUID ada;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-06-10T12:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        environment.getPropertySources().remove("test-flags");
        fixtures.signOut();
    }

    @Test
    void someone_with_no_open_window_gets_one_gentle_email_with_automatic_headers() throws Exception {
        wantEmail(true, false);
        planned("Call the dentist", 15, 0);

        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        delivery.round();

        var messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        MimeMessage mail = messages[0];
        assertThat(mail.getSubject()).isEqualTo("Reminder: 'Call the dentist' is planned for 15:00");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("reminders@helmsman.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Helmsman");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("ada@example.com");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        var body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("- 'Call the dentist' is planned for 15:00").contains("https://helmsman.example/");
        assertThat(reminders.recent()).as("also in the app").hasSize(1);
    }

    @Test
    void the_email_tells_the_time_as_the_persons_browser_does_and_in_british_english_while_none_is_known() throws Exception {
        wantEmail(true, false);
        fixtures.locale(ada, "en-US");
        planned("Call the dentist", 15, 0);
        fixtures.user("bea@example.com");
        fixtures.signIn("bea@example.com");
        wantEmail(true, false);
        planned("Water the plants", 15, 0);

        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        delivery.round();

        var threePm = DateFormats.time(LocalTime.of(15, 0), Locale.US);
        assertThat(threePm).startsWith("3:00").endsWith("PM");
        assertThat(subjectTo("ada@example.com")).isEqualTo("Reminder: 'Call the dentist' is planned for " + threePm);
        assertThat(subjectTo("bea@example.com")).as("no locale stored for bea").isEqualTo("Reminder: 'Water the plants' is planned for 15:00");
    }

    @Test
    void someone_with_a_window_open_gets_the_toast_and_no_email() {
        wantEmail(true, false);
        planned("Call the dentist", 15, 0);
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        var window = presence.enter(new UI(), ada, ada, "Ada", viewers -> {
        });
        try {
            delivery.round();

            assertThat(reminders.recent()).as("delivered in the app").hasSize(1);
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        } finally {
            window.remove();
        }
    }

    @Test
    void the_operator_switch_turns_reminder_emails_off() {
        wantEmail(true, false);
        environment.getPropertySources().addFirst(new MapPropertySource("test-flags", Map.of("FEATURE_EMAIL_REMINDERS", "false")));
        planned("Call the dentist", 15, 0);

        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        delivery.round();

        assertThat(reminders.recent()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(reminders.emailAvailable()).isFalse();
    }

    @Test
    void the_daily_digest_comes_once_after_quiet_hours_and_its_link_unsubscribes_without_signing_in() throws Exception {
        wantEmail(false, true);
        clock.set(Instant.parse("2026-06-10T07:00:00Z"));
        planned("Call the dentist", 15, 0);
        planned("Pay rent", 16, 30);

        clock.set(Instant.parse("2026-06-10T07:59:00Z"));
        digests.round();
        assertThat(SMTP.getReceivedMessages()).as("still quiet hours").isEmpty();

        clock.set(Instant.parse("2026-06-10T08:00:00Z"));
        digests.round();
        digests.round();

        var messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        var digest = messages[0];
        assertThat(digest.getSubject()).isEqualTo("Your day in Helmsman: 2 reminders");
        var body = GreenMailUtil.getBody(digest);
        assertThat(body).contains("15:00  'Call the dentist' is planned for 15:00").contains("16:30  'Pay rent' is planned for 16:30");
        var header = digest.getHeader("List-Unsubscribe")[0];
        var matcher = Pattern.compile("<(https://helmsman\\.example/reminders/unsubscribe\\?token=([A-Za-z0-9_.-]+))>").matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
        assertThat(body).contains(matcher.group(1));

        fixtures.signOut();
        var token = matcher.group(2);
        var bea = fixtures.user("bea@example.com");
        var beaBytes = java.nio.ByteBuffer.allocate(16).putLong(bea.getMostSignificantBits()).putLong(bea.getLeastSignificantBits()).array();
        var forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(beaBytes) + token.substring(token.indexOf('.'));
        assertThat(reminders.unsubscribeDigest(forged)).isFalse();
        assertThat(reminders.unsubscribeDigest(token)).isTrue();

        fixtures.signIn("ada@example.com");
        assertThat(reminders.preferences().digest()).isFalse();
        clock.set(Instant.parse("2026-06-11T08:00:00Z"));
        digests.round();
        assertThat(SMTP.getReceivedMessages()).as("no digest the next day").hasSize(1);
    }

    @Test
    void the_daily_digest_tells_the_time_as_the_persons_browser_does() throws Exception {
        wantEmail(false, true);
        fixtures.locale(ada, "en-US");
        clock.set(Instant.parse("2026-06-10T07:00:00Z"));
        planned("Call the dentist", 15, 0);

        clock.set(Instant.parse("2026-06-10T08:00:00Z"));
        digests.round();

        var threePm = DateFormats.time(LocalTime.of(15, 0), Locale.US);
        var messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat((String) messages[0].getContent()).as("decoded: the en-US time has a narrow no-break space").contains(threePm + "  'Call the dentist' is planned for " + threePm);
    }

    private String subjectTo(String email) throws Exception {
        for (var message : SMTP.getReceivedMessages()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(email)) {
                return message.getSubject();
            }
        }
        throw new AssertionError("no email to " + email);
    }

    private void wantEmail(boolean email, boolean digest) {
        var p = reminders.preferences();
        reminders.savePreferences(new ReminderPreferences(p.quietStart(), p.quietEnd(), p.batchMax(), p.batchMinutes(), p.kinds(), email, digest, false));
    }

    private void planned(String title, int hour, int minute) {
        tasks.create(TaskDraft.titled(title).withDoDate(DAY).withDoTime(LocalTime.of(hour, minute)));
    }
}
