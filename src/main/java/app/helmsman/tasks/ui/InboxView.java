package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Captured tasks that have no project yet, in the person's own order. */
@Route("inbox")
@PageTitle("Inbox · Helmsman")
@Menu(title = "Inbox", order = 1)
@PermitAll
public class InboxView extends Div {

    InboxView(TaskLists lists) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Your inbox is empty. Everything you captured has a home.");
        var list = new TaskList(lists, "Inbox", lists.taskLists::inbox, empty, TaskList.Options.tasks());
        add(ListPage.header("Inbox", "Tasks without a project. Press m to move one, Alt+Up or Alt+Down to reorder."), list);
    }
}
