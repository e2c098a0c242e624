package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Home of a signed-in person: what is planned for today, then what carried over from earlier days,
 * calmly (no red, no "overdue").
 */
@Route("")
@PageTitle("Today · Helmsman")
@Menu(title = "Today", order = 0)
@PermitAll
public class TodayView extends Div {

    static final String PLANNED = "Planned for today";
    static final String CARRIED_OVER = "Carried over from earlier days";

    TodayView(TaskLists lists, java.util.List<app.helmsman.tasks.DayAgendaContribution> agendas) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Nothing planned for today yet. That is fine: one small step is enough.");
        var list = new TaskList(lists, "Today", lists.taskLists::today, empty,
                new TaskList.Options(false, true, (task, today) -> task.rolledOver() ? CARRIED_OVER : PLANNED));
        add(ListPage.header("Today", null));
        var today = lists.today();
        agendas.forEach(agenda -> agenda.agenda(today, today).ifPresent(this::add));
        add(list);
    }
}
