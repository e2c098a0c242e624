package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tag list ({@code tags}) and one tag's tasks ({@code tags/<id>}). */
class TagTasksViewTest extends TaskViewTestSupport {

    @Test
    void the_tag_list_links_each_tag_with_its_open_tasks() {
        create(TaskDraft.titled("Call mom").withTags("family"));
        create(TaskDraft.titled("Visit gran").withTags("family", "errands"));

        UI.getCurrent().navigate(TagsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Tags");
        assertThat(_find(ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .containsExactlyInAnyOrder("#errands 1 open task", "#family 2 open tasks");
        var family = projects.tags().stream().filter(t -> t.name().equals("family")).findFirst().orElseThrow();
        assertThat(_get(RouterLink.class, spec -> spec.withText("#family")).getHref()).isEqualTo("tags/" + family.id());
    }

    @Test
    void a_tag_shows_its_open_tasks_and_x_completes_them() {
        var call = create(TaskDraft.titled("Call mom").withTags("family"));
        create(TaskDraft.titled("Visit gran").withTags("family"));
        create(TaskDraft.titled("Buy stamps").withTags("errands"));
        var family = projects.tags().stream().filter(t -> t.name().equals("family")).findFirst().orElseThrow();

        UI.getCurrent().navigate(TagTasksView.class, new RouteParameters(TagTasksView.TAG_ID, family.id().toString()));

        assertThat(_get(H1.class).getText()).isEqualTo("#family");
        assertThat(titles()).containsExactly("Call mom", "Visit gran");
        assertThat(chips("Call mom")).contains("#family");

        press(keys(), "x");

        assertThat(tasks.get(call).status()).isEqualTo(Status.DONE);
        assertThat(titles()).containsExactly("Visit gran");
    }

    @Test
    void an_unknown_tag_or_another_persons_tag_is_not_found() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        create(TaskDraft.titled("Bob's secret").withTags("private"));
        var bobsTag = projects.tags().getFirst().id();
        fixtures.signIn("ada@example.com");

        UI.getCurrent().navigate(TagTasksView.class, new RouteParameters(TagTasksView.TAG_ID, bobsTag.toString()));

        assertThat(_get(H1.class).getText()).isEqualTo("Tag not found");
        assertThat(titles()).isEmpty();

        UI.getCurrent().navigate(TagTasksView.class, new RouteParameters(TagTasksView.TAG_ID, UUID.randomUUID().toString()));
        assertThat(_get(H1.class).getText()).isEqualTo("Tag not found");
        assertThat(_get(RouterLink.class, spec -> spec.withText("All tags")).getHref()).isEqualTo("tags");
    }
}
