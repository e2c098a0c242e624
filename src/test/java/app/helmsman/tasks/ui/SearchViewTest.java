package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchViewTest extends TaskViewTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ProjectMembersService members;

    @Test
    void typing_words_finds_open_tasks_and_keeps_the_search_in_the_url() {
        create("Pay rent");
        create("Pay phone bill");
        create("Water plants");
        UI.getCurrent().navigate(SearchView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Search");

        setValue(filters().text, "pay");

        assertThat(titles()).containsExactlyInAnyOrder("Pay rent", "Pay phone bill");
        assertThat(view().query().getParameters()).isEqualTo(Map.of("q", java.util.List.of("pay")));
    }

    @Test
    void filters_come_from_the_url_and_combine() {
        var home = projects.createProject(ProjectDraft.named("Home")).id();
        create(TaskDraft.titled("Low and urgent").withEnergy(Energy.LOW).withPriority(1));
        create(TaskDraft.titled("High and urgent").withEnergy(Energy.HIGH).withPriority(1));
        create(TaskDraft.titled("Low, whenever").withEnergy(Energy.LOW).withPriority(4));
        create("In the project", home, null);

        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("energy", "LOW", "priority", "1,2")));

        assertThat(filters().energy.getValue()).containsExactly(Energy.LOW);
        assertThat(filters().priority.getValue()).containsExactlyInAnyOrder(1, 2);
        assertThat(titles()).containsExactly("Low and urgent");

        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("project", home.toString())));
        assertThat(titles()).containsExactly("In the project");
        assertThat(filters().energy.getValue()).isEmpty();
    }

    @Test
    void status_focus_tag_and_due_range_filters_narrow_the_results() {
        var done = create(TaskDraft.titled("Finished thing").withTags("work"));
        tasks.complete(done, null);
        create(TaskDraft.titled("Due soon").withDeadlines(TODAY.plusDays(2), null).withTags("work"));
        create(TaskDraft.titled("Due later").withDeadlines(TODAY.plusDays(20), null));
        UI.getCurrent().navigate(SearchView.class);

        setValue(filters().status, Set.of(Status.DONE));
        assertThat(titles()).containsExactly("Finished thing");
        assertThat(chips("Finished thing")).contains("Done", "#work");

        setValue(filters().status, Set.of());
        setValue(filters().to, TODAY.plusDays(7));
        assertThat(titles()).containsExactly("Due soon");
        assertThat(view().query().getParameters()).containsEntry("to", java.util.List.of(TODAY.plusDays(7).toString()));

        setValue(filters().to, null);
        var work = filters().tag.getListDataView().getItems().filter(t -> t.name().equals("work")).findFirst().orElseThrow();
        setValue(filters().tag, work);
        assertThat(titles()).containsExactly("Due soon");
    }

    @Test
    void a_backwards_due_range_is_explained_next_to_the_field_and_nothing_typed_is_lost() {
        create(TaskDraft.titled("Due soon").withDeadlines(TODAY.plusDays(2), null));
        create("Other");
        UI.getCurrent().navigate(SearchView.class);
        setValue(filters().text, "due");

        setValue(filters().from, TODAY.plusDays(5));
        setValue(filters().to, TODAY.plusDays(1));

        assertThat(filters().to.isInvalid()).isTrue();
        assertThat(filters().to.getErrorMessage()).isEqualTo("Choose a day on or after " + TODAY.plusDays(5) + ".");
        assertThat(filters().text.getValue()).isEqualTo("due");
        assertThat(filters().to.getValue()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void another_persons_tasks_are_never_found() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        create("Pay Bob's rent");
        fixtures.signIn("ada@example.com");
        create("Pay rent");
        UI.getCurrent().navigate(SearchView.class);

        setValue(filters().text, "rent");

        assertThat(titles()).containsExactly("Pay rent");
    }

    @Test
    void results_take_the_list_keys_too() {
        var rent = create("Pay rent");
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", "rent")));

        press(keys(), "x");

        assertThat(tasks.get(rent).status()).isEqualTo(Status.DONE);
        assertThat(titles()).isEmpty();
    }

    @Test
    void only_tasks_assigned_to_me_when_asked_and_they_say_so() {
        var home = projects.createProject(ProjectDraft.named("Home")).id();
        var mine = create("Mow the lawn", home, null);
        members.assign(mine, ada);
        create("Paint the fence", home, null);

        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("mine", "true")));

        assertThat(filters().mine.getValue()).isTrue();
        assertThat(titles()).containsExactly("Mow the lawn");
        assertThat(chips("Mow the lawn")).contains("Home", "Assigned to you");
    }

    @Test
    void a_viewer_of_a_shared_project_sees_its_tasks_and_is_told_in_words_that_completing_is_not_theirs() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        var launch = projects.createProject(ProjectDraft.named("Launch")).id();
        var ship = create("Ship it", launch, null);
        fixtures.share(launch, "ada@example.com", ProjectRole.VIEWER);
        fixtures.signIn("ada@example.com");
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("project", launch.toString())));
        assertThat(titles()).containsExactly("Ship it");

        press(keys(), "x");

        fixtures.signIn("bob@example.com");
        assertThat(tasks.get(ship).status()).isEqualTo(Status.TODO);
        assertThat(announced()).isNotBlank().doesNotStartWith("Completed");
    }

    @Test
    void a_search_of_70000_words_from_the_url_is_explained_next_to_the_field_and_nothing_typed_is_lost() {
        create("Pay rent");
        var huge = "rent ".repeat(70_000).strip();

        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", huge)));

        assertThat(filters().text.isInvalid()).isTrue();
        assertThat(filters().text.getErrorMessage()).isEqualTo("Search for at most 200 characters.");
        assertThat(filters().text.getValue()).isEqualTo(huge);
        assertThat(titles()).isEmpty();
    }

    @Test
    void a_nul_character_in_the_search_is_explained_and_a_fixed_search_finds_again() {
        create("Pay rent");
        UI.getCurrent().navigate(SearchView.class);

        setValue(filters().text, "rent\u0000");
        assertThat(filters().text.isInvalid()).isTrue();
        assertThat(filters().text.getErrorMessage()).contains("NUL");

        setValue(filters().text, "rent");
        assertThat(filters().text.isInvalid()).isFalse();
        assertThat(titles()).containsExactly("Pay rent");
    }

    private static SearchFilters filters() {
        return _get(SearchFilters.class);
    }

    private static SearchView view() {
        return _get(SearchView.class);
    }
}
