package app.helmsman.calendar.internal.spi;

/** Where a calendar's events come from. */
public enum SourceKind {
    /** An uploaded .ics file: read-only, never synced again. */
    ICS_FILE,
    /** A subscribed ICS URL, fetched again on every sync. */
    ICS_URL,
    /** One calendar of a Google connection. */
    GOOGLE,
    /** One calendar of a Microsoft (Outlook, Microsoft 365) connection. */
    OUTLOOK
}
