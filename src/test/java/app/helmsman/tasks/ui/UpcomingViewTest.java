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
        assertThat(headings()).containsExactly("Tomorrow, Friday 4 December", "Tuesday 8 December");
        assertThat(chips("Groceries")).containsExactly("Tue 8 Dec", "Deadline in 6 days");
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
