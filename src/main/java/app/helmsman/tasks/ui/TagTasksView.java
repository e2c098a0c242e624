package app.helmsman.tasks.ui;

import app.helmsman.tasks.TagView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;

/** The open tasks with one tag ({@code tags/<id>}); an unknown tag, or someone else's, is simply "not found". */
@Route("tags/:tagId")
@PermitAll
public class TagTasksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TAG_ID = "tagId";

    private final TaskLists lists;
    private String title = "Tag · Helmsman";

    TagTasksView(TaskLists lists) {
        this.lists = lists;
        addClassName("hm-list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var tag = event.getRouteParameters().get(TAG_ID).flatMap(TagTasksView::uuid)
                .flatMap(id -> lists.projects.tags().stream().filter(t -> t.id().equals(id)).findFirst());
        if (tag.isEmpty()) {
            title = "Tag not found · Helmsman";
            add(ListPage.header("Tag not found", "This tag does not exist, or it is not yours."), new RouterLink("All tags", TagsView.class));
            return;
        }
        var found = tag.get();
        title = "#" + found.name() + " · Helmsman";
        var empty = ListPage.empty("No open tasks with #" + found.name() + ".");
        var list = new TaskList(lists, "Tasks tagged " + found.name(), page -> lists.taskLists.tagged(found.id(), page), empty,
                TaskList.Options.tasks());
        add(ListPage.header("#" + found.name(), intro(found)), new RouterLink("All tags", TagsView.class), list);
    }

    private static String intro(TagView tag) {
        return "Open tasks tagged " + tag.name() + ".";
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
