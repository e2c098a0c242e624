package app.helmsman.tasks;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the search view; every filter is optional ({@code null} or empty means "any").
 *
 * @param text words the title contains, case-insensitive
 * @param statuses any of these statuses; empty means every status but DONE
 * @param dueFrom with {@code dueTo}: the do date, the soft deadline or the hard deadline falls in this range (inclusive)
 * @param assignedToMe only tasks assigned to the signed-in person (in their own and shared projects)
 */
public record TaskSearch(String text, Set<Status> statuses, Set<Energy> energies, Set<FocusType> focuses, Set<Integer> priorities,
                         UUID projectId, UUID tagId, LocalDate dueFrom, LocalDate dueTo, boolean assignedToMe) {

    /** A search without the "assigned to me" filter. */
    public TaskSearch(String text, Set<Status> statuses, Set<Energy> energies, Set<FocusType> focuses, Set<Integer> priorities,
                      UUID projectId, UUID tagId, LocalDate dueFrom, LocalDate dueTo) {
        this(text, statuses, energies, focuses, priorities, projectId, tagId, dueFrom, dueTo, false);
    }

    public TaskSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        energies = energies == null ? Set.of() : Set.copyOf(energies);
        focuses = focuses == null ? Set.of() : Set.copyOf(focuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    }

    /** A search for titles containing the text, among open tasks. */
    public static TaskSearch text(String text) {
        return new TaskSearch(text, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null);
    }

    public TaskSearch withStatuses(Set<Status> newStatuses) {
        return new TaskSearch(text, newStatuses, energies, focuses, priorities, projectId, tagId, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch withEnergies(Set<Energy> newEnergies) {
        return new TaskSearch(text, statuses, newEnergies, focuses, priorities, projectId, tagId, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch withFocuses(Set<FocusType> newFocuses) {
        return new TaskSearch(text, statuses, energies, newFocuses, priorities, projectId, tagId, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch withPriorities(Set<Integer> newPriorities) {
        return new TaskSearch(text, statuses, energies, focuses, newPriorities, projectId, tagId, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch inProject(UUID project) {
        return new TaskSearch(text, statuses, energies, focuses, priorities, project, tagId, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch taggedWith(UUID tag) {
        return new TaskSearch(text, statuses, energies, focuses, priorities, projectId, tag, dueFrom, dueTo, assignedToMe);
    }

    public TaskSearch due(LocalDate from, LocalDate to) {
        return new TaskSearch(text, statuses, energies, focuses, priorities, projectId, tagId, from, to, assignedToMe);
    }

    /** Only tasks assigned to the signed-in person, or every task. */
    public TaskSearch assignedToMe(boolean only) {
        return new TaskSearch(text, statuses, energies, focuses, priorities, projectId, tagId, dueFrom, dueTo, only);
    }
}
