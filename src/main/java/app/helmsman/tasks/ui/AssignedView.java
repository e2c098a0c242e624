package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskListService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/** Open tasks assigned to the signed-in person, in their own and shared projects, kept up to date live. */
@Route("assigned")
@PageTitle("Assigned to me · Helmsman")
@Menu(title = "Assigned to me", order = 5)
@PermitAll
public class AssignedView extends Div {

    static final int LIMIT = 200;

    private final TaskListService tasks;
    private final LiveUpdates live;
    private final SignedInUser signedIn;
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph("Nothing is assigned to you right now.");
    private Registration liveRegistration;
    private Registration hereRegistration;

    AssignedView(TaskListService tasks, LiveUpdates live, SignedInUser signedIn) {
        this.tasks = tasks;
        this.live = live;
        this.signedIn = signedIn;
        list.getElement().setAttribute("aria-label", "Tasks assigned to me");
        empty.addClassName("hm-muted");
        add(new H1("Assigned to me"), empty, list);
        refresh();
    }

    private void refresh() {
        var assigned = tasks.search(TaskSearch.text("").assignedToMe(true), PageRequest.of(0, LIMIT)).getContent();
        list.removeAll();
        assigned.forEach(task -> list.add(new ListItem(task.title())));
        empty.setVisible(assigned.isEmpty());
        list.setVisible(!assigned.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        liveRegistration = live.subscribe(ui, signedIn.requireId(), Set.of("tasks"), hints -> {
            refresh();
            hints.stream().map(h -> h.summary()).filter(s -> !s.isBlank()).reduce((a, b) -> b)
                    .ifPresent(summary -> Announcer.announce(hints.size() == 1 ? summary : "Your assigned tasks changed."));
        });
        hereRegistration = TasksChangedHere.listen(ui, ids -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        liveRegistration.remove();
        hereRegistration.remove();
    }
}
