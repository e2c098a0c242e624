package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TodayViewTest extends TaskViewTestSupport {

    @Test
    void shows_todays_tasks_then_the_ones_carried_over_calmly() {
        create(TaskDraft.titled("Pay rent").withDoDate(TODAY).withDoTime(LocalTime.of(9, 30)).withEstimate(15));
        create(TaskDraft.titled("Call mom").withDoDate(TODAY.minusDays(2)));
        create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(3)));
        create("Someday");

        UI.getCurrent().navigate(TodayView.class);

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Today");
        assertThat(titles()).containsExactly("Pay rent", "Call mom");
        assertThat(headings()).containsExactly(TodayView.PLANNED, TodayView.CARRIED_OVER);
        assertThat(chips("Pay rent")).containsExactly("Today 09:30", "15 min");
        assertThat(chips("Call mom")).containsExactly("Carried over from Tue 1 Dec");
        assertThat(String.join(" ", chips("Call mom"))).doesNotContainIgnoringCase("overdue");
    }

    @Test
    void an_american_sees_chips_in_the_same_format_as_the_pickers_and_settings() {
        UI.getCurrent().getSession().setLocale(java.util.Locale.US);
        UI.getCurrent().setLocale(java.util.Locale.US);
        create(TaskDraft.titled("Pay rent").withDoDate(TODAY).withDoTime(LocalTime.of(15, 0)));
        create(TaskDraft.titled("Call mom").withDoDate(TODAY.minusDays(2)));

        UI.getCurrent().navigate(TodayView.class);

        // 3:00 PM as the en-US time picker writes it (a narrow no-break space before PM), Tue, Dec 1 as the chips of en-US
        assertThat(chips("Pay rent")).containsExactly("Today 3:00\u202fPM");
        assertThat(chips("Call mom")).containsExactly("Carried over from Tue, Dec 1");
    }

    @Test
    void what_is_due_soon_without_being_planned_for_today_shows_calmly_between_today_and_what_carried_over() {
        create(TaskDraft.titled("Pay rent").withDoDate(TODAY).withDeadlines(null, TODAY.plusDays(1)));
        create(TaskDraft.titled("Tax return").withDeadlines(null, TODAY.plusDays(3)));
        create(TaskDraft.titled("Birthday card").withDeadlines(TODAY.plusDays(1), null));
        create(TaskDraft.titled("Dentist forms").withDoDate(TODAY.plusDays(5)).withDeadlines(null, TODAY.plusDays(2)));
        create(TaskDraft.titled("Missed it").withDeadlines(null, TODAY.minusDays(1)));
        create(TaskDraft.titled("Passport").withDeadlines(null, TODAY.plusDays(4)));
        create(TaskDraft.titled("Essay").withDeadlines(TODAY.plusDays(2), null));
        create(TaskDraft.titled("Call mom").withDoDate(TODAY.minusDays(2)));

        UI.getCurrent().navigate(TodayView.class);

        assertThat(titles()).containsExactly("Pay rent", "Missed it", "Birthday card", "Dentist forms", "Tax return", "Call mom");
        assertThat(headings()).containsExactly(TodayView.PLANNED, TodayView.DUE_SOON, TodayView.CARRIED_OVER);
        assertThat(chips("Tax return")).containsExactly("Deadline in 3 days");
        assertThat(chips("Birthday card")).containsExactly("Aim for tomorrow");
        assertThat(chips("Missed it")).containsExactly("Deadline was yesterday");
        assertThat(String.join(" ", titles().stream().flatMap(t -> chips(t).stream()).toList())).doesNotContainIgnoringCase("overdue");
    }

    @Test
    void a_task_only_due_soon_is_enough_for_today_not_to_say_it_is_empty() {
        create(TaskDraft.titled("Tax return").withDeadlines(null, TODAY));

        UI.getCurrent().navigate(TodayView.class);

        assertThat(titles()).containsExactly("Tax return");
        assertThat(headings()).containsExactly(TodayView.DUE_SOON);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withClasses("hm-empty-state"))).as("visible empty state").isEmpty();
    }

    @Test
    void an_empty_day_says_so_kindly() {
        create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(3)));

        UI.getCurrent().navigate(TodayView.class);

        assertThat(titles()).isEmpty();
        var empty = _get(Paragraph.class, spec -> spec.withClasses("hm-empty-state"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).contains("That is fine");
    }

    @Test
    void another_persons_tasks_are_never_shown() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        create(TaskDraft.titled("Bob's secret").withDoDate(TODAY));
        fixtures.signIn("ada@example.com");
        create(TaskDraft.titled("Ada's task").withDoDate(TODAY));

        UI.getCurrent().navigate(TodayView.class);

        assertThat(titles()).containsExactly("Ada's task");
    }

    @Test
    void completing_with_the_checkbox_hides_the_task_and_undo_restores_its_status_exactly() {
        var id = create(TaskDraft.titled("Write report").withDoDate(TODAY).withStatus(Status.IN_PROGRESS));
        var position = tasks.get(id).position();
        UI.getCurrent().navigate(TodayView.class);
        var row = row("Write report");
        // named once: the checkbox says what it does, the title it acts on is its description
        var checkbox = row.getElement().getChild(0);
        var title = row.getElement().getChild(1);
        assertThat(checkbox.getAttribute("aria-label")).isEqualTo("Complete");
        assertThat(checkbox.getAttribute("aria-describedby")).isEqualTo(title.getAttribute("id"));
        assertThat(title.getProperty("innerHTML")).isEqualTo("Write report");

        check(row, true);

        assertThat(tasks.get(id).status()).isEqualTo(Status.DONE);
        assertThat(titles()).isEmpty();
        assertThat(announced()).startsWith("Completed 'Write report'");

        LocatorJ._click(_get(Button.class, spec -> spec.withText("Undo")));

        var restored = tasks.get(id);
        assertThat(restored.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(restored.completedAt()).isNull();
        assertThat(restored.position()).isEqualTo(position);
        assertThat(titles()).containsExactly("Write report");
    }

    @Test
    void a_task_added_in_another_window_appears_and_the_selection_and_current_row_stay() {
        create(TaskDraft.titled("First").withDoDate(TODAY));
        create(TaskDraft.titled("Second").withDoDate(TODAY));
        UI.getCurrent().navigate(TodayView.class);
        press(keys(), "j");
        press(keys(), "s");
        var second = row("Second");

        var added = create(TaskDraft.titled("Third").withDoDate(TODAY));
        hintFromElsewhere(added);

        assertThat(titles()).contains("First", "Second", "Third");
        assertThat(row("Second")).isSameAs(second);
        assertThat(row("Second").isSelected()).isTrue();
        assertThat(currentTitle()).isEqualTo("Second");
    }

    @Test
    void a_task_saved_elsewhere_in_the_same_window_appears_at_once() {
        UI.getCurrent().navigate(TodayView.class);
        var added = create(TaskDraft.titled("Captured by quick add").withDoDate(TODAY));
        assertThat(titles()).isEmpty();

        TasksChangedHere.fire(java.util.Set.of(added));

        assertThat(titles()).containsExactly("Captured by quick add");
    }
}
