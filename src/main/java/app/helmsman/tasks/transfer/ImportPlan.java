package app.helmsman.tasks.transfer;

import java.util.List;

/**
 * A checked import, ready to be written: everything has a new id; projects and areas that matched one of the
 * person's by name point at that one instead of being created. Tasks come parents first; their positions are
 * ranks (0, 1, 2...) in the file's order, to be placed after the person's own tasks.
 *
 * @param tags every tag name used, normalised, each once (ignoring case)
 */
public record ImportPlan(List<Backup.Area> newAreas, int matchedAreas, List<Backup.Project> newProjects, int matchedProjects,
                         List<String> tags, List<Backup.Task> tasks) {

    public long subtasks() {
        return tasks.stream().filter(t -> t.parentId() != null).count();
    }

    public long dependencies() {
        return tasks.stream().mapToLong(t -> t.blockedBy().size()).sum();
    }

    public long repeating() {
        return tasks.stream().filter(t -> t.recurrenceRule() != null).count();
    }

    public long done() {
        return tasks.stream().filter(t -> t.completedAt() != null).count();
    }

    public long trashed() {
        return tasks.stream().filter(t -> t.deletedAt() != null).count();
    }
}
