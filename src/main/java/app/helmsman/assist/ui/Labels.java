package app.helmsman.assist.ui;

import app.helmsman.assist.Origin;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.util.Optional;

/** Words for the assist views: energy, focus and where a result came from. */
final class Labels {

    private Labels() {
    }

    static String energy(Energy energy) {
        if (energy == null) {
            return "Not set";
        }
        return switch (energy) {
            case LOW -> "Low energy";
            case MEDIUM -> "Medium energy";
            case HIGH -> "High energy";
        };
    }

    static String focus(FocusType focus) {
        if (focus == null) {
            return "Not set";
        }
        return switch (focus) {
            case CREATIVE -> "Creative";
            case TECHNICAL -> "Technical";
            case ADMINISTRATIVE -> "Admin";
            case SOCIAL -> "Social";
        };
    }

    static String priority(Integer priority) {
        if (priority == null) {
            return "Not set";
        }
        return switch (priority) {
            case 1 -> "1 (highest)";
            case 4 -> "4 (lowest)";
            default -> String.valueOf(priority);
        };
    }

    static String minutes(int minutes) {
        return minutes < 60 || minutes % 60 != 0 ? minutes + " min" : minutes / 60 + " h";
    }

    /** "From the AI provider." or "From the offline helper (no AI). The provider did not answer in time." */
    static String origin(Origin origin, Optional<String> reason) {
        var base = origin == Origin.PROVIDER ? "From the AI provider." : "From the offline helper (no AI).";
        return reason.filter(r -> !r.isBlank()).map(r -> base + " " + sentence(r)).orElse(base);
    }

    private static String sentence(String reason) {
        var r = reason.strip();
        return r.endsWith(".") ? r : r + ".";
    }
}
