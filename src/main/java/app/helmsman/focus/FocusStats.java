package app.helmsman.focus;

/**
 * Focus in the person's own day and week (Monday to Sunday, in their time zone), a running session included.
 *
 * @param today what was focused today
 * @param week what was focused this week, today included
 */
public record FocusStats(Period today, Period week) {

    /** Minutes focused, sessions started and breaks taken in one period. */
    public record Period(long minutes, int sessions, int breaks) {
    }
}
