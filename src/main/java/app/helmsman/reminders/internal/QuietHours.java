package app.helmsman.reminders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Quiet hours in the person's zone, e.g. 22:00-08:00 across midnight, or 13:00-14:00 within a day; equal start and end
 * mean none. Computed on local times, so a DST change inside the quiet hours moves their end with the wall clock.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** Whether the local time is quiet. */
    public boolean quiet(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
    }

    /** When the quiet hours that {@code now} falls in end; empty when {@code now} is not quiet. */
    public Optional<Instant> endAfter(Instant now, ZoneId zone) {
        var local = now.atZone(zone);
        var time = local.toLocalTime();
        if (!quiet(time)) {
            return Optional.empty();
        }
        LocalDate day = start.isAfter(end) && !time.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(day, end, zone).toInstant());
    }

    /** The morning of the next day: the end of quiet hours then, or 09:00 without quiet hours (snooze "tomorrow"). */
    public Instant tomorrowMorning(Instant now, ZoneId zone) {
        var day = now.atZone(zone).toLocalDate().plusDays(1);
        return ZonedDateTime.of(day, start.equals(end) ? LocalTime.of(9, 0) : end, zone).toInstant();
    }
}
