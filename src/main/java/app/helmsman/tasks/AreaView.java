package app.helmsman.tasks;

import java.util.UUID;

/** An area of life (Work, Home) that groups projects. */
public record AreaView(UUID id, String name, long position, long version) {

    public static final int NAME_MAX_LENGTH = 100;
}
