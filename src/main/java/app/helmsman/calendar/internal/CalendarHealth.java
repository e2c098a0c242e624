package app.helmsman.calendar.internal;

import app.helmsman.platform.FeatureFlags;
import java.util.LinkedHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The calendar providers in the health checks ("calendarProviders"; not part of readiness: without a calendar people
 * still plan): whether the integration is on, which providers are configured, connections that need their person to
 * reconnect, failing calendars and the latest failure in plain words. DOWN only when the store cannot be read.
 */
@Component("calendarProvidersHealthIndicator")
class CalendarHealth implements HealthIndicator {

    private final CalendarStore store;
    private final CalendarProviderSettings providers;
    private final FeatureFlags flags;

    CalendarHealth(CalendarStore store, CalendarProviderSettings providers, FeatureFlags flags) {
        this.store = store;
        this.providers = providers;
        this.flags = flags;
    }

    @Override
    public Health health() {
        var details = new LinkedHashMap<String, Object>();
        details.put("integration", flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION) ? "on" : "off");
        details.put("google", providers.google().enabled() ? "configured" : "not configured");
        details.put("outlook", providers.microsoft().enabled() ? "configured" : "not configured");
        var health = store.syncHealth();
        details.put("connectionsNeedingReconnecting", health.connectionsNeedingReconnecting());
        details.put("failingCalendars", health.failingCalendars());
        details.put("lastSyncFailure", health.latestError() == null ? "none" : health.latestError());
        return Health.up().withDetails(details).build();
    }
}
