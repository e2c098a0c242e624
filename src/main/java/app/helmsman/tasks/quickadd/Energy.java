package app.helmsman.tasks.quickadd;

/**
 * Energy a task needs, as written with {@code @low}, {@code @medium} (or {@code @med}) and {@code @high}.
 * Kept in this package so the parser has no dependency on the task model; the tasks module maps it by name.
 */
public enum Energy {
    LOW, MEDIUM, HIGH
}
