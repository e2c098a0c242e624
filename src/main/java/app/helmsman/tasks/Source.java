package app.helmsman.tasks;

/** Where a task came from. */
public enum Source {
    MANUAL, AI, CALENDAR, IMPORT
}
