package app.helmsman.tasks.ui;

import app.helmsman.tasks.ProjectService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The person's tags, each a link to its tasks, with how many are open. */
@Route("tags")
@PageTitle("Tags · Helmsman")
@Menu(title = "Tags", order = 4)
@PermitAll
public class TagsView extends Div {

    private final ProjectService projects;
    private final TaskLists lists;
    private final UnorderedList tags = new UnorderedList();
    private final com.vaadin.flow.component.html.Paragraph empty = ListPage.empty("No tags yet. Add one in quick add with #name.");
    private final List<Registration> registrations = new ArrayList<>();

    TagsView(TaskLists lists) {
        this.lists = lists;
        this.projects = lists.projects;
        addClassName("hm-list-view");
        tags.addClassName("hm-tag-links");
        add(ListPage.header("Tags", null), tags, empty);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show();
        registrations.add(lists.live.subscribe(event.getUI(), lists.userId(), Set.of("tasks", "projects"), hints -> show()));
        registrations.add(TasksChangedHere.listen(event.getUI(), ids -> show()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void show() {
        tags.removeAll();
        for (var tag : projects.tags()) {
            var link = new RouterLink("#" + tag.name(), TagTasksView.class, new RouteParameters(TagTasksView.TAG_ID, tag.id().toString()));
            var open = new com.vaadin.flow.component.html.Span(tag.openTasks() == 1 ? " 1 open task" : " " + tag.openTasks() + " open tasks");
            open.addClassName("hm-muted");
            tags.add(new ListItem(link, open));
        }
        empty.setVisible(tags.getComponentCount() == 0);
    }
}
