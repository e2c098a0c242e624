package app.helmsman.assist;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One task proposed from a brain dump, for the user to review; nothing is saved until they accept it. Every text
 * comes from the user's dump or from a model: show it as plain text, never as HTML.
 *
 * @param title an imperative title, never blank, at most {@value #MAX_TITLE} characters
 * @param notes context for the task, or null
 * @param estimateMinutes 1 to {@value #MAX_ESTIMATE} minutes, or null when there is no estimate
 * @param energy the energy it needs, or null
 * @param focus the kind of attention it needs, or null
 * @param priority 1 (highest) to 4, or null
 * @param doDate when to do it, or null
 * @param doTime the time of day to do it, or null
 * @param softDeadline a deadline that may slip, or null
 * @param hardDeadline a deadline that may not, or null
 * @param project the name of one of the user's projects, or a name the dump states with {@code +Name}; or null
 * @param tags tag names without {@code #}; never null
 * @param dependsOn indexes of earlier proposals in the same list that must be done first, ascending; never null
 */
public record Proposal(String title, String notes, Integer estimateMinutes, Energy energy, FocusType focus,
                       Integer priority, LocalDate doDate, LocalTime doTime, LocalDate softDeadline,
                       LocalDate hardDeadline, String project, List<String> tags, List<Integer> dependsOn) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTES = 2_000;
    public static final int MAX_ESTIMATE = 24 * 60;

    public Proposal {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        dependsOn = List.copyOf(dependsOn);
    }
}
