package app.helmsman.tasks;

import java.util.UUID;

/**
 * A project.
 *
 * @param areaId its area, or null
 * @param colour {@code #rrggbb}, lower case; never the only signal in a view
 * @param openTasks open tasks in it (not trashed)
 */
public record ProjectView(UUID id, UUID areaId, String name, String colour, boolean archived, long position, int openTasks, long version) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final String DEFAULT_COLOUR = "#6b7280";
}
