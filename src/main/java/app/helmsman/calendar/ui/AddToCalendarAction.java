package app.helmsman.calendar.ui;

import app.helmsman.calendar.CalendarInputException;
import app.helmsman.calendar.CalendarService;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskDetails;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * "Add to calendar" in task details, for a task with a do date, a time and an estimate: one block in the
 * calendar that receives blocks and in the private feed; doing it again moves that one block.
 */
@Component
class AddToCalendarAction implements TaskActionContribution {

    private final CalendarService calendars;

    AddToCalendarAction(CalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public String label() {
        return "Add to calendar";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean appliesTo(TaskDetails task) {
        return calendars.enabled() && TaskActionContribution.super.appliesTo(task) && task.doDate() != null && task.doTime() != null
                && task.estimateMinutes() != null && task.estimateMinutes() > 0;
    }

    @Override
    public void run(UUID taskId, Runnable changed, Runnable closed) {
        try {
            Announcer.announce(calendars.addToCalendar(taskId));
        } catch (CalendarInputException e) {
            Announcer.announce(e.getMessage());
        }
        closed.run();
    }
}
