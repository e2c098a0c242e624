package app.helmsman.calendar.internal.ics;

import app.helmsman.calendar.internal.spi.ExternalEvent;
import app.helmsman.calendar.internal.spi.ExternalEvent.Availability;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRule;

/**
 * Reads an iCalendar (RFC 5545) stream into the events of a window, all or nothing: VEVENTs with RRULE (expanded
 * within the window), EXDATE, RECURRENCE-ID overrides and VTIMEZONE definitions; floating times are the person's.
 * The size limit is enforced while reading (the stream is cut off), the occurrence limit while expanding; anything
 * wrong refuses the whole input with the reason in plain words ({@link IcsException}).
 */
public final class IcsReader {

    /** Property marking Helmsman's own blocks in the feed (the block id). */
    public static final String BLOCK_PROPERTY = "X-HELMSMAN-BLOCK-ID";
    public static final int MAX_TITLE = 500;
    /** Steps one recurrence rule may take to cross its window (bounds rules such as FREQ=MINUTELY from 1970). */
    static final int MAX_STEPS_PER_RULE = 100_000;

    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final long maxBytes;
    private final int maxOccurrences;

    public IcsReader(long maxBytes, int maxOccurrences) {
        this.maxBytes = maxBytes;
        this.maxOccurrences = maxOccurrences;
    }

    /**
     * The events of the stream overlapping {@code [windowStart, windowEnd)}.
     *
     * @param zone the person's zone, for floating times and all-day events
     * @throws IcsException when the input is too large, not iCalendar, or holds too many occurrences
     */
    public List<ExternalEvent> read(InputStream input, ZoneId zone, Instant windowStart, Instant windowEnd) throws IcsException {
        net.fortuna.ical4j.model.Calendar calendar;
        var limited = new LimitedStream(input, maxBytes);
        try (limited) {
            calendar = new CalendarBuilder().build(new InputStreamReader(limited, StandardCharsets.UTF_8));
        } catch (Exception | StackOverflowError e) {
            if (limited.read > maxBytes) {
                throw new IcsException("The calendar is larger than " + (maxBytes / (1024 * 1024)) + " MB.");
            }
            throw new IcsException("This is not a valid calendar (.ics) file: " + plain(e));
        }
        try {
            return events(calendar, zone, windowStart, windowEnd);
        } catch (IcsException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IcsException("This calendar has an event that cannot be read: " + plain(e));
        }
    }

    private List<ExternalEvent> events(net.fortuna.ical4j.model.Calendar calendar, ZoneId zone, Instant windowStart, Instant windowEnd) throws IcsException {
        List<VEvent> vevents = calendar.getComponentList().getComponents(Component.VEVENT);
        var masters = new ArrayList<VEvent>();
        var overrides = new HashMap<String, Map<String, VEvent>>();
        for (var event : vevents) {
            var recurrenceId = event.<Property>getProperty(Property.RECURRENCE_ID);
            if (recurrenceId.isPresent() && recurrenceId.get() instanceof DateProperty<?> rid) {
                var key = key(rid.getDate(), zone);
                overrides.computeIfAbsent(uid(event), u -> new LinkedHashMap<>()).put(key, event);
            } else {
                masters.add(event);
            }
        }
        var result = new LinkedHashMap<String, ExternalEvent>();
        for (var master : masters) {
            var uid = uid(master);
            var start = start(master);
            if (cancelled(master)) {
                continue;
            }
            var replaced = overrides.getOrDefault(uid, Map.of());
            var rule = master.<Property>getProperty(Property.RRULE);
            if (rule.isEmpty()) {
                add(result, occurrence(master, uid, null, start, zone), windowStart, windowEnd);
                continue;
            }
            var excluded = new HashSet<String>();
            for (var exdate : master.<Property>getProperties(Property.EXDATE)) {
                if (exdate instanceof DateListProperty<?> list) {
                    for (var date : list.getDates()) {
                        excluded.add(key(date, zone));
                    }
                }
            }
            expand(master, uid, start, rule.get().getValue(), zone, windowStart, windowEnd, excluded, replaced.keySet(), result);
        }
        for (var byUid : overrides.entrySet()) {
            for (var override : byUid.getValue().entrySet()) {
                var event = override.getValue();
                if (!cancelled(event)) {
                    add(result, occurrence(event, byUid.getKey(), override.getKey(), start(event), zone), windowStart, windowEnd);
                }
            }
        }
        return List.copyOf(result.values());
    }

    private void expand(VEvent master, String uid, Temporal start, String ruleText, ZoneId zone, Instant windowStart, Instant windowEnd,
                        Set<String> excluded, Set<String> overridden, Map<String, ExternalEvent> result) throws IcsException {
        RecurrenceRule rule;
        Instant until = null;
        LocalDate untilDate = null;
        var parts = new ArrayList<String>();
        for (var part : ruleText.toUpperCase(Locale.ROOT).split(";")) {
            if (part.startsWith("UNTIL=")) {
                var value = part.substring(6);
                try {
                    if (value.length() == 8) {
                        untilDate = LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
                    } else if (value.endsWith("Z")) {
                        until = KEY.parse(value, Instant::from);
                    } else {
                        until = LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)).atZone(zoneOf(start, zone)).toInstant();
                    }
                } catch (RuntimeException e) {
                    throw new IcsException("A repeating event has an invalid end (UNTIL): " + value);
                }
            } else if (!part.isBlank()) {
                parts.add(part);
            }
        }
        var frequency = parts.stream().filter(p -> p.startsWith("FREQ=")).findFirst().orElse("");
        if (frequency.equals("FREQ=SECONDLY") || frequency.equals("FREQ=MINUTELY")) {
            throw new IcsException("An event repeats every second or minute, which a calendar cannot hold: " + title(master));
        }
        try {
            rule = new RecurrenceRule(String.join(";", parts), RecurrenceRule.RfcMode.RFC5545_LAX);
        } catch (Exception e) {
            throw new IcsException("A repeating event has a rule that cannot be read (" + ruleText + "): " + title(master));
        }
        var eventZone = zoneOf(start, zone);
        var localStart = localStart(start, eventZone);
        var length = length(master, start);
        boolean allDay = start instanceof LocalDate;
        var iterator = rule.iterator(allDay ? new DateTime(localStart.getYear(), localStart.getMonthValue() - 1, localStart.getDayOfMonth())
                : new DateTime(localStart.getYear(), localStart.getMonthValue() - 1, localStart.getDayOfMonth(), localStart.getHour(),
                localStart.getMinute(), localStart.getSecond()));
        var skipTo = LocalDateTime.ofInstant(windowStart.minus(Duration.ofDays(367)), eventZone);
        if (skipTo.isAfter(localStart)) {
            iterator.fastForward(allDay ? new DateTime(skipTo.getYear(), skipTo.getMonthValue() - 1, skipTo.getDayOfMonth())
                    : new DateTime(skipTo.getYear(), skipTo.getMonthValue() - 1, skipTo.getDayOfMonth(), skipTo.getHour(), skipTo.getMinute(), skipTo.getSecond()));
        }
        for (int steps = 0; iterator.hasNext(); steps++) {
            if (steps >= MAX_STEPS_PER_RULE) {
                throw new IcsException("An event repeats too often to read: " + title(master));
            }
            var next = iterator.nextDateTime();
            var local = allDay ? LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()).atStartOfDay()
                    : LocalDateTime.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth(), next.getHours(), next.getMinutes(), next.getSeconds());
            var occurrenceStart = local.atZone(eventZone).toInstant();
            if (untilDate != null && local.toLocalDate().isAfter(untilDate) || until != null && occurrenceStart.isAfter(until)) {
                break;
            }
            if (!occurrenceStart.isBefore(windowEnd)) {
                break;
            }
            Temporal occurrence = allDay ? local.toLocalDate() : local.atZone(eventZone);
            var key = key(occurrence, zone);
            if (excluded.contains(key) || overridden.contains(key)) {
                continue;
            }
            var end = allDay ? local.toLocalDate().plus(length).atStartOfDay(eventZone).toInstant() : local.atZone(eventZone).plus(length).toInstant();
            if (!end.isAfter(windowStart) && !(end.equals(occurrenceStart) && !occurrenceStart.isBefore(windowStart))) {
                continue;
            }
            add(result, occurrence(master, uid, key, occurrence, zone), windowStart, windowEnd);
        }
    }

    private void add(Map<String, ExternalEvent> result, ExternalEvent event, Instant windowStart, Instant windowEnd) throws IcsException {
        boolean overlaps = event.start().isBefore(windowEnd) && (event.end().isAfter(windowStart)
                || event.end().equals(event.start()) && !event.start().isBefore(windowStart));
        if (!overlaps) {
            return;
        }
        result.put(event.externalId(), event);
        if (result.size() > maxOccurrences) {
            throw new IcsException("The calendar has more than " + String.format(Locale.ENGLISH, "%,d", maxOccurrences)
                    + " events in the weeks Helmsman reads (30 days back, 90 ahead).");
        }
    }

    private ExternalEvent occurrence(VEvent event, String uid, String occurrenceKey, Temporal start, ZoneId zone) throws IcsException {
        var length = length(event, start);
        var externalId = occurrenceKey == null ? uid : uid + "/" + occurrenceKey;
        if (externalId.length() > 1000) {
            externalId = UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8)).toString();
        }
        var availability = availability(event);
        UUID block = event.<Property>getProperty(BLOCK_PROPERTY).map(Property::getValue).map(IcsReader::uuidOrNull).orElse(null);
        if (start instanceof LocalDate day) {
            var endDay = day.plus(length);
            if (!endDay.isAfter(day)) {
                endDay = day.plusDays(1);
            }
            return new ExternalEvent(externalId, title(event), day.atStartOfDay(zone).toInstant(), endDay.atStartOfDay(zone).toInstant(), day, endDay,
                    availability, false, block);
        }
        var startInstant = instant(start, zone);
        var end = start instanceof ZonedDateTime zoned ? zoned.plus(length).toInstant() : startInstant.plus(length);
        if (end.isBefore(startInstant)) {
            end = startInstant;
        }
        return new ExternalEvent(externalId, title(event), startInstant, end, null, null, availability, false, block);
    }

    private static Availability availability(VEvent event) {
        var busyStatus = event.<Property>getProperty("X-MICROSOFT-CDO-BUSYSTATUS").map(p -> p.getValue().toUpperCase(Locale.ROOT)).orElse("");
        var status = event.<Property>getProperty(Property.STATUS).map(p -> p.getValue().toUpperCase(Locale.ROOT)).orElse("");
        var transp = event.<Property>getProperty(Property.TRANSP).map(p -> p.getValue().toUpperCase(Locale.ROOT)).orElse("");
        if (busyStatus.equals("FREE") || transp.equals("TRANSPARENT") && busyStatus.isEmpty()) {
            return Availability.FREE;
        }
        if (busyStatus.equals("TENTATIVE") || status.equals("TENTATIVE")) {
            return Availability.TENTATIVE;
        }
        return Availability.BUSY;
    }

    private static boolean cancelled(VEvent event) {
        return event.<Property>getProperty(Property.STATUS).map(p -> p.getValue().equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    /** The event's length: DTEND - DTSTART, else DURATION, else a day (all-day) or nothing. */
    private static TemporalAmount length(VEvent event, Temporal start) throws IcsException {
        var end = event.<Property>getProperty(Property.DTEND);
        var originalStart = start(event);
        if (end.isPresent() && end.get() instanceof DateProperty<?> dtEnd && dtEnd.getDate() != null) {
            var endDate = dtEnd.getDate();
            if (originalStart instanceof LocalDate startDay) {
                var endDay = endDate instanceof LocalDate d ? d : LocalDate.from(endDate);
                var days = java.time.temporal.ChronoUnit.DAYS.between(startDay, endDay);
                return Period.ofDays((int) Math.max(1, Math.min(days, 366)));
            }
            var between = Duration.between(instant(originalStart, ZoneOffset.UTC), instant(endDate, ZoneOffset.UTC));
            if (originalStart instanceof LocalDateTime && endDate instanceof LocalDateTime) {
                between = Duration.between((LocalDateTime) originalStart, (LocalDateTime) endDate);
            }
            return bounded(between);
        }
        var duration = event.<Property>getProperty(Property.DURATION);
        if (duration.isPresent() && duration.get() instanceof net.fortuna.ical4j.model.property.Duration d) {
            var amount = d.getDuration();
            if (amount instanceof Period period) {
                return start instanceof LocalDate ? Period.ofDays(Math.max(1, Math.min(period.getDays() + period.getMonths() * 31, 366)))
                        : bounded(Duration.ofDays(period.getDays() + period.getMonths() * 31L));
            }
            if (amount instanceof Duration length) {
                return start instanceof LocalDate ? Period.ofDays((int) Math.max(1, Math.min(length.toDays(), 366))) : bounded(length);
            }
        }
        return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
    }

    private static Duration bounded(Duration length) {
        if (length.isNegative()) {
            return Duration.ZERO;
        }
        return length.compareTo(Duration.ofDays(366)) > 0 ? Duration.ofDays(366) : length;
    }

    private static Temporal start(VEvent event) throws IcsException {
        var start = event.<Property>getProperty(Property.DTSTART);
        if (start.isEmpty() || !(start.get() instanceof DateProperty<?> dtStart) || dtStart.getDate() == null) {
            throw new IcsException("An event has no start (DTSTART): " + title(event));
        }
        var date = dtStart.getDate();
        var year = date instanceof LocalDate d ? d.getYear() : instant(date, ZoneOffset.UTC).atZone(ZoneOffset.UTC).getYear();
        if (year < 1900 || year > 2200) {
            throw new IcsException("An event starts in the year " + year + ", outside 1900 to 2200: " + title(event));
        }
        return date;
    }

    private static String uid(VEvent event) {
        return event.<Property>getProperty(Property.UID).map(Property::getValue).filter(v -> !v.isBlank())
                .orElseGet(() -> "no-uid-" + UUID.nameUUIDFromBytes((title(event) + "|" + event.<Property>getProperty(Property.DTSTART)
                        .map(Property::getValue).orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    static String title(VEvent event) {
        var summary = event.<Property>getProperty(Property.SUMMARY).map(Property::getValue).orElse("").replace("\0", "").strip();
        if (summary.isEmpty()) {
            return "(No title)";
        }
        return summary.length() > MAX_TITLE ? summary.substring(0, MAX_TITLE - 1) + "…" : summary;
    }

    /** An occurrence's identity: its original start in UTC (timed) or its date (all-day). */
    private static String key(Temporal date, ZoneId zone) {
        if (date instanceof LocalDate day) {
            return DateTimeFormatter.BASIC_ISO_DATE.format(day);
        }
        return KEY.format(instant(date, zone));
    }

    private static Instant instant(Temporal date, ZoneId zone) {
        return switch (date) {
            case Instant i -> i;
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case LocalDateTime l -> l.atZone(zone).toInstant();
            case LocalDate d -> d.atStartOfDay(zone).toInstant();
            default -> Instant.from(date);
        };
    }

    private static ZoneId zoneOf(Temporal start, ZoneId fallback) {
        return switch (start) {
            case ZonedDateTime z -> z.getZone();
            case OffsetDateTime o -> o.getOffset();
            case Instant i -> ZoneOffset.UTC;
            default -> fallback;
        };
    }

    private static LocalDateTime localStart(Temporal start, ZoneId zone) {
        return switch (start) {
            case LocalDate d -> d.atStartOfDay();
            case LocalDateTime l -> l;
            default -> LocalDateTime.ofInstant(instant(start, zone), zone);
        };
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String plain(Throwable e) {
        var message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()).replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 199) + "…" : message;
    }

    private static final class TooLarge extends IOException {
    }

    /** Cuts a stream off after {@code max} bytes: reading past it throws. */
    private static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge();
            }
        }
    }
}
