package app.helmsman.tasks.transfer;

import java.util.List;

/**
 * What a file holds, read but not yet checked against the account: each item with the line it starts on.
 * Tags are those listed on their own (a backup lists every tag, also unused ones); tasks name theirs.
 * Ids are references inside the file. Projects and areas may also be referred to by name (CSV files): their
 * ids are then their names.
 */
public record ImportBatch(List<Located<Backup.Area>> areas, List<Located<Backup.Project>> projects, List<Located<Backup.Tag>> tags,
                          List<Located<Backup.Task>> tasks) {

    public ImportBatch {
        areas = List.copyOf(areas);
        projects = List.copyOf(projects);
        tags = List.copyOf(tags);
        tasks = List.copyOf(tasks);
    }

    /** An item and the 1-based line of the file where it starts. */
    public record Located<T>(int line, T value) {
    }
}
