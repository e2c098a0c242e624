package app.helmsman.tasks;

import java.util.List;

/**
 * The names a window keeps while it is open (the project names on task rows, the palette's entries, quick add's
 * "new project or tag?" check): the person's projects, archived ones too, with their open tasks, and their tags
 * (without counts).
 */
public record Directory(List<ProjectView> projects, List<Tag> tags) {

    /** A tag by id and name. */
    public record Tag(java.util.UUID id, String name) {
    }

    public Directory {
        projects = List.copyOf(projects);
        tags = List.copyOf(tags);
    }
}
