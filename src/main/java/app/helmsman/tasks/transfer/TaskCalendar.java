package app.helmsman.tasks.transfer;

import app.helmsman.tasks.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;

/**
 * Tasks as an RFC 5545 calendar of VTODO components, for calendar and to-do apps. Trashed tasks are left out.
 * Times are written in UTC ({@code Z}), dates as {@code VALUE=DATE}; text is escaped and lines are folded at 75
 * octets without splitting a UTF-8 character. A do date is {@code DTSTART} (with its time, in the person's zone,
 * when it has one), the hard deadline (else the soft one) is {@code DUE}, tags are {@code CATEGORIES}, a parent
 * is {@code RELATED-TO}, a repeating task carries its {@code RRULE}. Priority 1-3 become iCalendar 1, 5 and 9
 * (4 means "none" and is left out).
 */
public final class TaskCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private TaskCalendar() {
    }

    public static byte[] write(Backup backup, ZoneId zone, Instant now, String host) {
        var projects = new HashMap<String, String>();
        backup.projects().forEach(p -> projects.put(p.id(), p.name()));
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Helmsman//Tasks//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (var t : backup.tasks()) {
            if (t.deletedAt() != null) {
                continue;
            }
            line(out, "BEGIN:VTODO");
            line(out, "UID:" + t.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now));
            if (t.createdAt() != null) {
                line(out, "CREATED:" + UTC.format(t.createdAt()));
            }
            line(out, "SUMMARY:" + text(t.title()));
            if (t.notes() != null) {
                line(out, "DESCRIPTION:" + text(t.notes()));
            }
            line(out, "STATUS:" + switch (t.status() == null ? Status.TODO : t.status()) {
                case DONE -> "COMPLETED";
                case IN_PROGRESS -> "IN-PROCESS";
                case TODO, BLOCKED -> "NEEDS-ACTION";
            });
            if (t.completedAt() != null) {
                line(out, "COMPLETED:" + UTC.format(t.completedAt()));
            }
            int priority = t.priority() == null ? 4 : t.priority();
            if (priority < 4) {
                line(out, "PRIORITY:" + (priority == 1 ? 1 : priority == 2 ? 5 : 9));
            }
            var due = t.hardDeadline() != null ? t.hardDeadline() : t.softDeadline();
            boolean timed = t.doDate() != null && t.doTime() != null;
            boolean start = t.doDate() != null && (due == null || !due.isBefore(t.doDate()));
            if (start) {
                line(out, timed ? "DTSTART:" + UTC.format(t.doDate().atTime(t.doTime()).atZone(zone)) : "DTSTART;VALUE=DATE:" + DATE.format(t.doDate()));
            }
            if (due != null) {
                // DUE takes the value type of DTSTART (RFC 5545 3.8.2.3): with a timed start, the end of the deadline day.
                line(out, start && timed ? "DUE:" + UTC.format(endOfDay(due, zone)) : "DUE;VALUE=DATE:" + DATE.format(due));
            }
            if (t.recurrenceRule() != null && start) {
                line(out, "RRULE:" + t.recurrenceRule());
            }
            if (!t.tags().isEmpty()) {
                line(out, "CATEGORIES:" + String.join(",", t.tags().stream().map(TaskCalendar::text).toList()));
            }
            if (t.projectId() != null && projects.containsKey(t.projectId())) {
                line(out, "X-HELMSMAN-PROJECT:" + text(projects.get(t.projectId())));
            }
            if (t.parentId() != null) {
                line(out, "RELATED-TO;RELTYPE=PARENT:" + t.parentId() + "@" + host);
            }
            if (t.estimateMinutes() != null) {
                line(out, "X-HELMSMAN-ESTIMATE:PT" + t.estimateMinutes() + "M");
            }
            line(out, "END:VTODO");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
