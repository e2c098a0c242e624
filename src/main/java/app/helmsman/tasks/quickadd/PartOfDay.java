package app.helmsman.tasks.quickadd;

import java.time.LocalTime;

/** Parts of the day and the time they stand for when no time is given. */
enum PartOfDay {
    MORNING(9), AFTERNOON(14), EVENING(19), NIGHT(21);

    final LocalTime time;

    PartOfDay(int hour) {
        this.time = LocalTime.of(hour, 0);
    }

    static PartOfDay of(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "morning" -> MORNING;
            case "afternoon" -> AFTERNOON;
            case "evening" -> EVENING;
            case "night" -> NIGHT;
            default -> null;
        };
    }
}
