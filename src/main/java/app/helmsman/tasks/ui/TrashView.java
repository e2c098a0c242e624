package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Deleted tasks, most recent first: restore them, or delete them forever; the rest goes after 30 days. */
@Route("trash")
@PageTitle("Trash · Helmsman")
@Menu(title = "Trash", order = 6)
@PermitAll
public class TrashView extends Div {

    TrashView(TaskLists lists) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("The trash is empty.");
        var list = new TaskList(lists, "Trash", lists.trash::trash, empty, new TaskList.Options(true, false, null));
        add(ListPage.header("Trash", "Items in the trash are deleted for good after 30 days. Press r to restore the task you are on."),
                list);
    }
}
