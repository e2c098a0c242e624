package app.helmsman.tasks;

/** The kind of attention a task needs, for batching similar work. */
public enum FocusType {
    CREATIVE, TECHNICAL, ADMINISTRATIVE, SOCIAL
}
