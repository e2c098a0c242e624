package app.helmsman.tasks;

import java.util.UUID;

/** A tag, unique by name (ignoring case) per owner. */
public record TagView(UUID id, String name, int openTasks) {

    public static final int NAME_MAX_LENGTH = 50;
}
