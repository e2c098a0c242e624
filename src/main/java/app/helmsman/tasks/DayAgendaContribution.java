package app.helmsman.tasks;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What another module shows beside a day's tasks in Today and Upcoming (the calendar's events of that day), so
 * that the task views need not depend on it: {@code tasks} knows only this interface, the contributing module
 * implements it as a Spring bean. Read-only and clearly not a task.
 */
public interface DayAgendaContribution {

    /**
     * A component for the signed-in person's days {@code [from, to]} (inclusive, their time zone), or empty when
     * the feature is off). The component keeps itself up to date (live updates) while it is attached.
     */
    Optional<Component> agenda(LocalDate from, LocalDate to);
}
