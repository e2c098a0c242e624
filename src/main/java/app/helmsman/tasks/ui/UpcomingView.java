package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The next {@value TaskListService#UPCOMING_DAYS} days from tomorrow, a heading per day that has tasks or
 * deadlines. A task is a row on the first day it appears on; planned for one day with a deadline on a later one,
 * it is named again on the deadline's day ("Deadline for 'Report', planned for Tue 8 Dec").
 */
@Route("upcoming")
@PageTitle("Upcoming · Helmsman")
@Menu(title = "Upcoming", order = 2)
@PermitAll
public class UpcomingView extends Div {

    UpcomingView(TaskLists lists, java.util.List<app.helmsman.tasks.DayAgendaContribution> agendas) {
        addClassName("hm-list-view");
        var empty = ListPage.empty("Nothing planned and nothing due in the next two weeks. Plenty of room.");
        TaskList.Entries source = page -> {
            var today = lists.today();
            var entries = new ArrayList<TaskList.Entry>();
            for (var day : lists.taskLists.upcoming()) {
                var heading = heading(day.date(), today);
                day.tasks().forEach(t -> entries.add(new TaskList.Entry(t, heading, "'" + t.title() + "' is planned for this day")));
                day.deadlines().forEach(t -> entries.add(new TaskList.Entry(t, heading, deadline(t, day.date(), today))));
            }
            return ListPage.slice(entries, page);
        };
        var list = TaskList.ofEntries(lists, "Upcoming", source, empty, new TaskList.Options(false, false, null));
        add(ListPage.header("Upcoming", "The next " + TaskListService.UPCOMING_DAYS + " days from tomorrow, with their deadlines."));
        var tomorrow = lists.today().plusDays(1);
        agendas.forEach(agenda -> agenda.agenda(tomorrow, tomorrow.plusDays(TaskListService.UPCOMING_DAYS - 1)).ifPresent(this::add));
        add(list);
    }

    static String heading(LocalDate date, LocalDate today) {
        return (date.equals(today.plusDays(1)) ? "Tomorrow, " : "") + app.helmsman.shared.ui.DateFormats.longDay(date);
    }

    /** What a task's later appearance on its deadline's day says. */
    static String deadline(TaskView task, LocalDate day, LocalDate today) {
        var what = day.equals(task.hardDeadline()) ? "Deadline for '" + task.title() + "'" : "Aiming to finish '" + task.title() + "'";
        if (task.doDate() == null) {
            return what;
        }
        var planned = TaskChips.day(task.doDate(), today);
        return what + ", planned for " + (planned.contains(" ") ? planned : planned.toLowerCase(Locale.ROOT));
    }
}
