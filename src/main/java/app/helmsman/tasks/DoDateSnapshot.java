package app.helmsman.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A task's do date and time before {@link TaskScheduleService#schedule} changed them, so undo can put them back.
 *
 * @param doDate null for a task without a day
 * @param doTime null unless there is a do date and a time
 */
public record DoDateSnapshot(UUID id, LocalDate doDate, LocalTime doTime) {
}
