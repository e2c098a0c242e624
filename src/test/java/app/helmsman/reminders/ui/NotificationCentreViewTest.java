package app.helmsman.reminders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.reminders.internal.ReminderDelivery;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the header and the notification centre behind it (issue 15). */
class NotificationCentreViewTest extends KaribuTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    ReminderDelivery delivery;

    @BeforeEach
    void signedIn() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        clock.set(Instant.parse("2026-06-10T12:00:00Z"));
    }

    @Test
    void the_bell_says_how_many_are_unread_in_its_accessible_name() {
        deliver("Call the dentist", 15, 0);
        UI.getCurrent().navigate("");

        var bell = bell();

        assertThat(bell.getAriaLabel()).contains("Notifications, 1 unread");
        assertThat(bell.getText()).isEqualTo("1");
    }

    @Test
    void opening_the_centre_lists_reminders_and_mark_read_and_done_clear_them() {
        deliver("Call the dentist", 15, 0);
        deliver("Pay rent", 15, 1);
        UI.getCurrent().navigate("");

        bell().click();
        var items = _find(ListItem.class, spec -> spec.withClasses("hm-notification"));
        assertThat(items).extracting(i -> i.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Unread: 'Pay rent' is planned for 15:01"))
                .anySatisfy(text -> assertThat(text).contains("'Call the dentist' is planned for 15:00"));

        labelled("Mark the reminder of 'Pay rent' read").click();
        assertThat(bell().getAriaLabel().orElse("")).contains("Notifications, 1 unread");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("Marked read");

        labelled("Done with the reminder of 'Call the dentist'").click();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("hm-notification"))).extracting(i -> i.getElement().getTextRecursively())
                .singleElement().satisfies(text -> assertThat(text).contains("'Pay rent'").doesNotContain("Unread"));
        assertThat(bell().getAriaLabel().orElse("")).contains("Notifications, none unread");
    }

    @Test
    void the_centre_writes_times_with_the_clock_of_the_persons_locale() {
        deliver("Call the dentist", 15, 0);

        inLocale(java.util.Locale.US);
        UI.getCurrent().navigate("");
        bell().click();
        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text).contains("'Call the dentist' is planned for 3:00 PM"));

        _get(NotificationsDialog.class).close();
        inLocale(java.util.Locale.GERMANY);
        bell().click();
        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text).contains("'Call the dentist' is planned for 15:00"));
    }

    @Test
    void a_toast_says_the_time_with_the_clock_of_the_persons_locale() {
        inLocale(java.util.Locale.US);
        tasks.create(TaskDraft.titled("Call the dentist").withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));
        UI.getCurrent().navigate("");

        remindersAtThreeShowToasts(1);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> Toasts.text(n).replace('\u202f', ' '))
                .containsExactly("'Call the dentist' is planned for 3:00 PM");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "").replace('\u202f', ' '))
                .isEqualTo("Reminder: 'Call the dentist' is planned for 3:00 PM");
    }

    private static void inLocale(java.util.Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The centre's entries as read, with the en-US clock's narrow no-break space as a space. */
    private static java.util.List<String> notificationTexts() {
        return _find(ListItem.class, spec -> spec.withClasses("hm-notification")).stream()
                .map(i -> i.getElement().getTextRecursively().replace('\u202f', ' ')).toList();
    }

    @Test
    void mark_all_read_and_snooze_empty_the_count() {
        deliver("Call the dentist", 15, 0);
        deliver("Pay rent", 15, 1);
        UI.getCurrent().navigate("");
        bell().click();

        labelled("Snooze 'Pay rent' for 1 hour").click();
        assertThat(bell().getAriaLabel().orElse("")).contains("1 unread");
        _get(Button.class, spec -> spec.withText("Mark all read")).click();

        assertThat(bell().getAriaLabel().orElse("")).contains("none unread");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("1 reminder marked read");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("hm-notification"))).hasSize(1);
    }

    @Test
    void a_reminder_delivered_while_the_page_is_open_shows_a_toast_and_is_announced_once() {
        tasks.create(TaskDraft.titled("Call the dentist").withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));
        UI.getCurrent().navigate("");
        assertThat(bell().getAriaLabel().orElse("")).contains("none unread");

        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        delivery.round();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(bell().getAriaLabel().orElse("")).contains("1 unread");
        });
        assertThat(NotificationsKt.getNotifications()).extracting(Toasts::text)
                .containsExactly("'Call the dentist' is planned for 15:00");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("Reminder: 'Call the dentist' is planned for 15:00");
    }

    @Test
    void a_reminder_is_snoozed_or_done_from_its_toast_where_it_shows() {
        tasks.create(TaskDraft.titled("Call the dentist").withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));
        tasks.create(TaskDraft.titled("Pay rent").withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));
        UI.getCurrent().navigate("");

        remindersAtThreeShowToasts(2);

        labelled("Snooze 'Call the dentist' for 10 minutes").click();
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("Snoozed for 10 minutes");
        labelled("Done with the reminder of 'Pay rent'").click();
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("Reminder cleared");

        assertThat(NotificationsKt.getNotifications()).as("both toasts closed").isEmpty();
        assertThat(bell().getAriaLabel().orElse("")).contains("none unread");
        bell().click();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("hm-notification"))).as("done leaves the centre; a snoozed one waits")
                .isEmpty();

        // ten minutes later the snoozed one comes back, the one marked done does not
        clock.set(Instant.parse("2026-06-10T15:10:00Z"));
        delivery.round();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(bell().getAriaLabel().orElse("")).contains("1 unread");
        });
        assertThat(NotificationsKt.getNotifications()).extracting(Toasts::text).containsExactly("'Call the dentist' is planned for 15:00");
    }

    @Test
    void many_at_once_show_three_toasts_and_one_group() {
        for (int i = 1; i <= 5; i++) {
            tasks.create(TaskDraft.titled("Task " + i).withDoDate(DAY).withDoTime(LocalTime.of(15, 0)));
        }
        UI.getCurrent().navigate("");

        remindersAtThreeShowToasts(4);
        assertThat(NotificationsKt.getNotifications()).extracting(Toasts::text)
                .contains("2 more reminders: they are in your notifications");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("5 reminders: open Notifications to see them");
    }

    private Button bell() {
        return _get(Button.class, spec -> spec.withId("notifications-button"));
    }

    private void deliver(String title, int hour, int minute) {
        tasks.create(TaskDraft.titled(title).withDoDate(DAY).withDoTime(LocalTime.of(hour, minute)));
        clock.set(DAY.atTime(hour, minute).toInstant(java.time.ZoneOffset.UTC));
        delivery.round();
    }

    /** The one button with this accessible name. */
    private static Button labelled(String label) {
        var found = _find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("").equals(label)).toList();
        assertThat(found).as("buttons labelled " + label).hasSize(1);
        return found.getFirst();
    }

    /** Three o'clock comes, the delivery job runs, and this window shows that many toasts. */
    private void remindersAtThreeShowToasts(int toasts) {
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        delivery.round();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(NotificationsKt.getNotifications()).hasSize(toasts);
        });
    }
}
