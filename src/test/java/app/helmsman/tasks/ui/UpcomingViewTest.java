package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class UpcomingViewTest extends TaskViewTestSupport {

    @Test
    void shows_the_next_fourteen_days_grouped_under_a_heading_per_day() {
        create(TaskDraft.titled("Today's task").withDoDate(TODAY));
        create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(1)));
        create(TaskDraft.titled("Gym").withDoDate(TODAY.plusDays(5)));
        create(TaskDraft.titled("Groceries").withDoDate(TODAY.plusDays(5)).withDeadlines(null, TODAY.plusDays(6)));
        create(TaskDraft.titled("Far away").withDoDate(TODAY.plusDays(15)));

        UI.getCurrent().navigate(UpcomingView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Upcoming");
        assertThat(titles()).containsExactly("Dentist", "Gym", "Groceries");
        assertThat(headings()).containsExactly("Tomorrow, Friday 4 December", "Tuesday 8 December", "Wednesday 9 December");
        assertThat(chips("Groceries")).containsExactly("Tue 8 Dec", "Deadline in 6 days");
        assertThat(echoes()).containsExactly("Deadline for 'Groceries', planned for Tue 8 Dec");
    }

    @Test
    void deadlines_show_on_their_day_even_without_a_do_date_and_a_planned_task_is_named_again_on_its_deadlines_day() {
        create(TaskDraft.titled("Report").withDoDate(TODAY.plusDays(1)).withDeadlines(null, TODAY.plusDays(5)));
        create(TaskDraft.titled("Visa form").withDeadlines(TODAY.plusDays(2), null));
        create(TaskDraft.titled("Started today").withDoDate(TODAY).withDeadlines(null, TODAY.plusDays(3)));
        create(TaskDraft.titled("Far deadline").withDeadlines(null, TODAY.plusDays(15)));

        UI.getCurrent().navigate(UpcomingView.class);

        assertThat(titles()).containsExactly("Report", "Visa form", "Started today");
        assertThat(headings()).containsExactly("Tomorrow, Friday 4 December", "Saturday 5 December", "Sunday 6 December",
                "Tuesday 8 December");
        assertThat(chips("Visa form")).containsExactly("Aim for Sat 5 Dec");
        assertThat(echoes()).containsExactly("Deadline for 'Report', planned for tomorrow");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withClasses("hm-empty-state"))).as("visible empty state").isEmpty();
    }

    @Test
    void a_task_with_only_deadlines_is_a_row_on_the_first_and_named_on_the_second() {
        create(TaskDraft.titled("Thesis").withDeadlines(TODAY.plusDays(2), TODAY.plusDays(4)));

        UI.getCurrent().navigate(UpcomingView.class);

        assertThat(titles()).containsExactly("Thesis");
        assertThat(headings()).containsExactly("Saturday 5 December", "Monday 7 December");
        assertThat(echoes()).containsExactly("Deadline for 'Thesis'");

        press(keys(), "x");

        assertThat(titles()).isEmpty();
        assertThat(echoes()).isEmpty();
        assertThat(headings()).isEmpty();
    }

    static java.util.List<String> echoes() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("hm-task-echo")).stream().map(com.vaadin.flow.component.html.Div::getText).toList();
    }

    @Test
    void an_empty_fortnight_says_so() {
        UI.getCurrent().navigate(UpcomingView.class);

        assertThat(titles()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("hm-empty-state")).isVisible()).isTrue();
    }

    @Test
    void x_completes_an_upcoming_task_and_the_day_heading_goes_with_its_last_task() {
        var dentist = create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(1)));
        create(TaskDraft.titled("Gym").withDoDate(TODAY.plusDays(5)));
        UI.getCurrent().navigate(UpcomingView.class);

        press(keys(), "x");

        assertThat(tasks.get(dentist).status()).isEqualTo(Status.DONE);
        assertThat(headings()).containsExactly("Tuesday 8 December");
        assertThat(currentTitle()).isEqualTo("Gym");
    }

    @Test
    void another_persons_plans_are_never_shown() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        create(TaskDraft.titled("Bob's trip").withDoDate(TODAY.plusDays(2)));
        fixtures.signIn("ada@example.com");

        UI.getCurrent().navigate(UpcomingView.class);

        assertThat(titles()).isEmpty();
    }
}
