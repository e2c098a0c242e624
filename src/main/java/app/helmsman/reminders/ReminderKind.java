package app.helmsman.reminders;

/** Why a reminder exists; each kind can be switched off in the person's reminder settings. */
public enum ReminderKind {
    /** A task's do date has a time. */
    DO_TIME("Planned times of tasks"),
    /** A block of the accepted day plan starts. */
    BLOCK("Planned blocks"),
    /** A hard deadline is tomorrow (the morning of the day before). */
    DEADLINE_SOON("Hard deadlines"),
    /** A hard deadline is today: the one urgent kind (quiet hours and batching do not hold it back). */
    DEADLINE_TODAY("Hard deadlines"),
    /** The time set with "remind me" on a task (quick add: {@code remind 5pm}). */
    REMIND_ME("Remind-me times");

    private final String setting;

    ReminderKind(String setting) {
        this.setting = setting;
    }

    /** The label of the setting that switches this kind on and off. */
    public String setting() {
        return setting;
    }

    /** Urgent reminders are delivered even in quiet hours and are never grouped away. */
    public boolean urgent() {
        return this == DEADLINE_TODAY;
    }
}
