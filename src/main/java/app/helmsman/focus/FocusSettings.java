package app.helmsman.focus;

import java.util.LinkedHashMap;

/**
 * One person's focus settings: the Pomodoro focus and break lengths and the hyperfocus check, all in minutes.
 *
 * @param hyperfocusMinutes after this long without a break, the focus view gently suggests one
 */
public record FocusSettings(int focusMinutes, int breakMinutes, int hyperfocusMinutes) {

    public static final int FOCUS_MIN = 5;
    public static final int FOCUS_MAX = 120;
    public static final int BREAK_MIN = 1;
    public static final int BREAK_MAX = 60;
    public static final int HYPERFOCUS_MIN = 30;
    public static final int HYPERFOCUS_MAX = 240;

    public static final FocusSettings DEFAULT = new FocusSettings(25, 5, 90);

    /**
     * Checks the bounds.
     *
     * @throws FocusValidationException with a sentence per value out of bounds
     */
    public void check() {
        var errors = new LinkedHashMap<String, String>();
        if (focusMinutes < FOCUS_MIN || focusMinutes > FOCUS_MAX) {
            errors.put("focusMinutes", "Choose a focus length from " + FOCUS_MIN + " to " + FOCUS_MAX + " minutes.");
        }
        if (breakMinutes < BREAK_MIN || breakMinutes > BREAK_MAX) {
            errors.put("breakMinutes", "Choose a break length from " + BREAK_MIN + " to " + BREAK_MAX + " minutes.");
        }
        if (hyperfocusMinutes < HYPERFOCUS_MIN || hyperfocusMinutes > HYPERFOCUS_MAX) {
            errors.put("hyperfocusMinutes", "Choose a time from " + HYPERFOCUS_MIN + " to " + HYPERFOCUS_MAX + " minutes.");
        }
        if (!errors.isEmpty()) {
            throw new FocusValidationException(errors);
        }
    }
}
