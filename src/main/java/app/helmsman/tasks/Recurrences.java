package app.helmsman.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;

/**
 * Dates of repeating tasks, computed with lib-recur. Rules are evaluated on floating calendar dates: a
 * repeating task keeps its local time of day (09:00 stays 09:00 across a DST change), and the person's
 * zone only decides which day "today" is and which instant a local time is.
 * <p>
 * Monthly and yearly rules without an {@code RSCALE} get {@code RSCALE=GREGORIAN;SKIP=BACKWARD} (RFC 7529):
 * "every month on the 31st" falls on the last day of shorter months instead of skipping them, and a yearly
 * task of 29 February falls on the 28th in other years.
 */
final class Recurrences {

    /** Rules this far in the future are not looked at: a rule with no instance within it never repeats. */
    private static final int MAX_YEARS_AHEAD = 20;

    private Recurrences() {
    }

    /**
     * Checks a rule and returns it in the form it is stored.
     *
     * @throws TaskValidationException when it is not an RRULE value or repeats more often than daily
     */
    static String normalise(String rule) {
        var parsed = parse(rule);
        return parsed.toString();
    }

    /** The first instance strictly after {@code after}, of the rule starting on {@code start}. */
    static Optional<LocalDate> nextAfter(String rule, LocalDate start, LocalDate after) {
        var iterator = parse(rule).iterator(new DateTime(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth()));
        if (after.isAfter(start)) {
            iterator.fastForward(new DateTime(after.getYear(), after.getMonthValue() - 1, after.getDayOfMonth()));
        }
        var limit = after.plusYears(MAX_YEARS_AHEAD);
        while (iterator.hasNext()) {
            var next = iterator.nextDateTime();
            var date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
            if (date.isAfter(limit)) {
                return Optional.empty();
            }
            if (date.isAfter(after)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** The first instance on or after {@code from}, of the rule starting on {@code start}. */
    static Optional<LocalDate> firstOnOrAfter(String rule, LocalDate start, LocalDate from) {
        return nextAfter(rule, start, from.minusDays(1));
    }

    /**
     * The next do date of a FIXED series after the instance planned for {@code doDate}: the rule's first
     * date after it that is not in the past, so completing last week's instance does not create another
     * one that is already late.
     */
    static Optional<LocalDate> nextFixed(String rule, LocalDate start, LocalDate doDate, LocalDate today) {
        var next = nextAfter(rule, start, doDate);
        return next.isPresent() && next.get().isBefore(today) ? firstOnOrAfter(rule, start, today) : next;
    }

    /** The next do date of an AFTER_COMPLETION series completed at {@code completedAt}, counted from that day in {@code zone}. */
    static Optional<LocalDate> nextAfterCompletion(String rule, Instant completedAt, ZoneId zone) {
        var completionDay = completedAt.atZone(zone).toLocalDate();
        return nextAfter(rule, completionDay, completionDay);
    }

    /**
     * The instant a local do date and time means in the zone. A time that does not exist that day (the hour
     * skipped when clocks go forward) moves forward by the length of the gap, as the clocks do.
     */
    static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static RecurrenceRule parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new TaskValidationException("recurrenceRule", "Enter a repeat rule.");
        }
        var text = rule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6);
        }
        try {
            var parsed = new RecurrenceRule(text.toUpperCase(java.util.Locale.ROOT), RecurrenceRule.RfcMode.RFC5545_STRICT);
            if (parsed.getFreq() == Freq.HOURLY || parsed.getFreq() == Freq.MINUTELY || parsed.getFreq() == Freq.SECONDLY) {
                throw new TaskValidationException("recurrenceRule", "Tasks repeat at most daily.");
            }
            if ((parsed.getFreq() == Freq.MONTHLY || parsed.getFreq() == Freq.YEARLY) && !text.toUpperCase(java.util.Locale.ROOT).contains("RSCALE")) {
                parsed = new RecurrenceRule(text.toUpperCase(java.util.Locale.ROOT) + ";RSCALE=GREGORIAN;SKIP=BACKWARD", RecurrenceRule.RfcMode.RFC5545_STRICT);
            }
            return parsed;
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new TaskValidationException("recurrenceRule", "This repeat rule is not valid: " + rule.strip());
        }
    }
}
