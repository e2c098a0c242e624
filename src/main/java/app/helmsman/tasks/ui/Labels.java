package app.helmsman.tasks.ui;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Status;

/** Words for the model's values, the same in every view. */
final class Labels {

    private Labels() {
    }

    static String status(Status status) {
        return switch (status) {
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case BLOCKED -> "Blocked";
            case DONE -> "Done";
        };
    }

    static String priority(Integer priority) {
        return switch (priority) {
            case 1 -> "1 (highest)";
            case 4 -> "4 (lowest)";
            default -> String.valueOf(priority);
        };
    }

    static String energy(Energy energy) {
        return switch (energy) {
            case LOW -> "Low energy";
            case MEDIUM -> "Medium energy";
            case HIGH -> "High energy";
        };
    }

    static String focus(FocusType focus) {
        return switch (focus) {
            case CREATIVE -> "Creative";
            case TECHNICAL -> "Technical";
            case ADMINISTRATIVE -> "Administrative";
            case SOCIAL -> "Social";
        };
    }

    static String mode(RecurrenceMode mode) {
        return mode == RecurrenceMode.AFTER_COMPLETION ? "Counted from when I complete it" : "On fixed dates";
    }
}
