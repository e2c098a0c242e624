package app.helmsman.reminders;

/** Where a reminder is in its life: waiting, shown, snoozed (waiting again) or done with. */
public enum ReminderState {
    PENDING, DELIVERED, SNOOZED, DONE
}
