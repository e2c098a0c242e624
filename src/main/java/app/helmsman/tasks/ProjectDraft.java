package app.helmsman.tasks;

import java.util.UUID;

/**
 * A new project, or the new fields of an existing one.
 *
 * @param colour {@code #rrggbb}; null means {@link ProjectView#DEFAULT_COLOUR}
 * @param areaId the area, or null for none
 */
public record ProjectDraft(String name, String colour, UUID areaId) {

    public static ProjectDraft named(String name) {
        return new ProjectDraft(name, null, null);
    }
}
