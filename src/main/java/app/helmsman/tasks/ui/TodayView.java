package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import org.springframework.data.domain.SliceImpl;

/**
 * Today as a task list: what is planned for today, then what is due soon without being planned for today
 * ({@link TaskListService#dueSoon()}), then what carried over from earlier days, calmly (no red, no "overdue").
 * Today's plan (the home page, planner module) links here.
 */
@Route("today/list")
@PageTitle("Today's list · Helmsman")
@PermitAll
public class TodayView extends Div {

    static final String PLANNED = "Planned for today";
    static final String DUE_SOON = "Due soon";
    static final String CARRIED_OVER = "Carried over from earlier days";

    TodayView(TaskLists lists) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Nothing planned for today yet. That is fine: one small step is enough.");
        TaskList.Entries source = page -> {
            var planned = lists.taskLists.today(page);
            var entries = new ArrayList<TaskList.Entry>();
            planned.getContent().stream().filter(t -> !t.rolledOver()).forEach(t -> entries.add(new TaskList.Entry(t, PLANNED, null)));
            lists.taskLists.dueSoon().forEach(t -> entries.add(new TaskList.Entry(t, DUE_SOON, null)));
            planned.getContent().stream().filter(TaskView::rolledOver).forEach(t -> entries.add(new TaskList.Entry(t, CARRIED_OVER, null)));
            return new SliceImpl<>(entries, page, planned.hasNext());
        };
        var list = TaskList.ofEntries(lists, "Today", source, empty, TaskList.Options.tasks());
        add(ListPage.header("Today", "Today's tasks as a list. Today's plan, with times, is on the Today page."), list);
    }
}
