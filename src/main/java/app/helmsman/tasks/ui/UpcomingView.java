package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The next {@value TaskListService#UPCOMING_DAYS} days from tomorrow, a heading per day that has tasks. */
@Route("upcoming")
@PageTitle("Upcoming · Helmsman")
@Menu(title = "Upcoming", order = 2)
@PermitAll
public class UpcomingView extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    UpcomingView(TaskLists lists, java.util.List<app.helmsman.tasks.DayAgendaContribution> agendas) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Nothing planned for the next two weeks. Plenty of room.");
        TaskList.Source source = page -> ListPage.slice(
                lists.taskLists.upcoming().stream().flatMap(day -> day.tasks().stream()).toList(), page);
        var list = new TaskList(lists, "Upcoming", source, empty, new TaskList.Options(false, false, UpcomingView::heading));
        add(ListPage.header("Upcoming", "The next " + TaskListService.UPCOMING_DAYS + " days, from tomorrow."));
        var tomorrow = lists.today().plusDays(1);
        agendas.forEach(agenda -> agenda.agenda(tomorrow, tomorrow.plusDays(TaskListService.UPCOMING_DAYS - 1)).ifPresent(this::add));
        add(list);
    }

    static String heading(TaskView task, LocalDate today) {
        var date = task.doDate();
        return (date.equals(today.plusDays(1)) ? "Tomorrow, " : "") + DAY.format(date);
    }
}
