package app.helmsman.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the Upcoming view: the open tasks planned for it and the open tasks with a soft or hard deadline on it
 * (possibly none of either). A task planned for one day with a deadline on another is in both days.
 */
public record UpcomingDay(LocalDate date, List<TaskView> tasks, List<TaskView> deadlines) {

    public UpcomingDay {
        tasks = List.copyOf(tasks);
        deadlines = List.copyOf(deadlines);
    }

    /** A day with planned tasks and no deadlines. */
    public UpcomingDay(LocalDate date, List<TaskView> tasks) {
        this(date, tasks, List.of());
    }
}
