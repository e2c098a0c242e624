package app.helmsman.calendar.internal.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes an iCalendar (RFC 5545) feed: every time in UTC (so no VTIMEZONE is needed), CRLF line ends, text
 * escaped and lines folded at 75 octets. Events carry stable UIDs so calendar apps update rather than duplicate.
 */
public final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final StringBuilder out = new StringBuilder();
    private final Instant stamp;

    public IcsWriter(String calendarName, Instant stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Helmsman//Calendar feed//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(calendarName));
        line("X-WR-TIMEZONE:UTC");
    }

    /** A timed event. */
    public IcsWriter event(String uid, String title, Instant start, Instant end, String description, UUID blockId) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(end));
        line("SUMMARY:" + text(title));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        if (blockId != null) {
            line(IcsReader.BLOCK_PROPERTY + ":" + blockId);
        }
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
        return this;
    }

    /** An all-day event on one day. */
    public IcsWriter allDay(String uid, String title, LocalDate day, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day));
        line("DTEND;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(title));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n").replace("\0", "");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence or a surrogate pair). */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
