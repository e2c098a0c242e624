package app.helmsman.calendar.internal;

import app.helmsman.planner.BusyTimeSource;
import app.helmsman.platform.FeatureFlags;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planner's busy time from the person's calendars that count as busy: busy and tentative timed events, an
 * all-day event only when it is busy (an all-day "free" event never blocks the day), never free or declined ones,
 * never Helmsman's own blocks; clipped to the range asked for. Nothing while calendar integration is off.
 */
@Component
class CalendarBusyTime implements BusyTimeSource {

    private final CalendarStore store;
    private final FeatureFlags flags;

    CalendarBusyTime(CalendarStore store, FeatureFlags flags) {
        this.store = store;
        this.flags = flags;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BusyTime> busy(UUID userId, Instant from, Instant to) {
        if (!flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION) || !from.isBefore(to)) {
            return List.of();
        }
        return store.events(userId, from, to, true).stream()
                .filter(event -> event.end().isAfter(event.start()))
                .map(event -> new BusyTime(event.start().isBefore(from) ? from : event.start(), event.end().isAfter(to) ? to : event.end(),
                        event.title(), event.allDayStart() != null))
                .toList();
    }
}
