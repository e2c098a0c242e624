package app.helmsman.platform;

import java.time.Instant;

/**
 * A filter of the audit log; every part is optional (null or blank: no filter).
 *
 * @param text found in the target or the detail (case-insensitive), at most {@link #MAX_TEXT} characters
 * @param action the exact action
 * @param actor found in the actor's email (case-insensitive)
 * @param from rows at or after this instant
 * @param to rows before this instant
 */
public record AuditQuery(String text, String action, String actor, Instant from, Instant to) {

    public static final int MAX_TEXT = 200;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    public AuditQuery {
        if (text != null && text.length() > MAX_TEXT || actor != null && actor.length() > MAX_TEXT || action != null && action.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Search for at most " + MAX_TEXT + " characters.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the date range must not be before its start.");
        }
    }
}
