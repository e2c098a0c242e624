package app.helmsman.tasks;

import java.time.LocalDate;
import java.util.List;

/** One day of the Upcoming view with the open tasks planned for it (possibly none). */
public record UpcomingDay(LocalDate date, List<TaskView> tasks) {

    public UpcomingDay {
        tasks = List.copyOf(tasks);
    }
}
