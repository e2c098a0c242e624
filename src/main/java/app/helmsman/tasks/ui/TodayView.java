package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Today as a task list: what is planned for today, then what carried over from earlier days, calmly (no red,
 * no "overdue"). Today's plan (the home page, planner module) links here.
 */
@Route("today/list")
@PageTitle("Today's list · Helmsman")
@PermitAll
public class TodayView extends Div {

    static final String PLANNED = "Planned for today";
    static final String CARRIED_OVER = "Carried over from earlier days";

    TodayView(TaskLists lists) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Nothing planned for today yet. That is fine: one small step is enough.");
        var list = new TaskList(lists, "Today", lists.taskLists::today, empty,
                new TaskList.Options(false, true, (task, today) -> task.rolledOver() ? CARRIED_OVER : PLANNED));
        add(ListPage.header("Today", "Today's tasks as a list. Today's plan, with times, is on the Today page."), list);
    }
}
