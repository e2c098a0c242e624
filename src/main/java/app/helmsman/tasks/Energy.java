package app.helmsman.tasks;

/** How much energy a task needs. */
public enum Energy {
    LOW, MEDIUM, HIGH
}
