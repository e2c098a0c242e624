package app.helmsman.tasks;

import java.time.Duration;
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

    /** The earliest start of a series: lib-recur does not return for years below 0, so dates are kept in a sane range. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest start of a series, and the last day any rule is evaluated to. */
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    /** The longest rule text (the column's length). */
    static final int RULE_MAX_LENGTH = 500;
    /** Instances one evaluation may step through after fast-forwarding, before it gives up. */
    static final int MAX_STEPS = 10_000;
    /** Wall-clock time one evaluation may take, checked between lib-recur calls. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(1);

    /** Rules this far in the future are not looked at: a rule with no instance within it never repeats. */
    private static final int MAX_YEARS_AHEAD = 20;

    private Recurrences() {
    }

    /**
     * Checks a rule and returns it in the form it is stored.
     *
     * @throws TaskValidationException when it is not an RRULE value, repeats more often than daily, or never
     * happens (no date between {@link #EARLIEST} and {@link #LATEST})
     */
    static String normalise(String rule) {
        var parsed = parse(rule);
        if (evaluate(parsed, rule, EARLIEST, EARLIEST.minusDays(1), LATEST).isEmpty()) {
            throw neverHappens(rule);
        }
        return parsed.toString();
    }

    /**
     * The start of a series, if it is between {@link #EARLIEST} and {@link #LATEST}.
     *
     * @throws TaskValidationException (field {@code recurrenceStart}) when it is not
     */
    static LocalDate checkStart(LocalDate start) {
        return checkStart(start, "recurrenceStart");
    }

    /** As {@link #checkStart(LocalDate)}, with the error reported on the given field. */
    static LocalDate checkStart(LocalDate start, String field) {
        if (start == null || start.isBefore(EARLIEST) || start.isAfter(LATEST)) {
            throw new TaskValidationException(field, "A repeating task must start between " + EARLIEST.getYear() + " and "
                    + LATEST.getYear() + ", not on " + start + ".");
        }
        return start;
    }

    /**
     * The first instance strictly after {@code after}, of the rule starting on {@code start}; empty when there
     * is none within {@value #MAX_YEARS_AHEAD} years or before {@link #LATEST}. Bounded: at most
     * {@link #MAX_STEPS} instances and {@link #TIME_LIMIT}.
     *
     * @throws TaskValidationException when the start is out of range, or the rule is invalid, never happens
     * or takes too long to evaluate
     */
    static Optional<LocalDate> nextAfter(String rule, LocalDate start, LocalDate after) {
        checkStart(start);
        if (!after.isBefore(LATEST)) {
            return Optional.empty();
        }
        var limit = after.plusYears(MAX_YEARS_AHEAD);
        return evaluate(parse(rule), rule, start, after, limit.isAfter(LATEST) ? LATEST : limit);
    }

    /** Walks the rule from {@code start} to the first instance after {@code after}, up to {@code limit}, within the bounds. */
    private static Optional<LocalDate> evaluate(RecurrenceRule parsed, String rule, LocalDate start, LocalDate after, LocalDate limit) {
        var deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        try {
            var iterator = parsed.iterator(dateTime(start));
            if (after.isAfter(start)) {
                iterator.fastForward(dateTime(after));
            }
            for (int step = 0; iterator.hasNext(); step++) {
                if (step >= MAX_STEPS || System.nanoTime() - deadline > 0) {
                    throw new TaskValidationException("recurrenceRule", "This repeat rule takes too long to work out: " + shown(rule));
                }
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
        } catch (TaskValidationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // lib-recur's sanity filter: the rule parses but no instance comes up
            throw neverHappens(rule);
        } catch (RuntimeException e) {
            throw new TaskValidationException("recurrenceRule", "This repeat rule cannot be worked out: " + shown(rule));
        }
    }

    private static DateTime dateTime(LocalDate date) {
        return new DateTime(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    private static TaskValidationException neverHappens(String rule) {
        return new TaskValidationException("recurrenceRule", "This rule never happens: " + shown(rule));
    }

    /** The rule as typed, shortened for a message. */
    private static String shown(String rule) {
        var text = rule == null ? "" : rule.strip();
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
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
        if (rule.length() > RULE_MAX_LENGTH) {
            throw new TaskValidationException("recurrenceRule", "Use at most " + RULE_MAX_LENGTH + " characters for a repeat rule.");
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
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            if (e instanceof TaskValidationException validation) {
                throw validation;
            }
            throw new TaskValidationException("recurrenceRule", "This repeat rule is not valid: " + shown(rule));
        }
    }
}
