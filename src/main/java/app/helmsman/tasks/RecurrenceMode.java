package app.helmsman.tasks;

/** How the next instance of a repeating task is scheduled. */
public enum RecurrenceMode {
    /** On the rule's own dates (every Monday), whether or not the previous one was done. */
    FIXED,
    /** Counted from the day the previous instance was completed (three days after I last watered the plants). */
    AFTER_COMPLETION
}
