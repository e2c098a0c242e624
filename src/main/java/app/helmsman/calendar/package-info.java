/**
 * Calendars: Google Calendar and Outlook connections, ICS files and subscriptions, incremental sync into
 * per-person events (the planner's busy time), write-back of planned blocks, and a private ICS feed.
 * Providers plug into the sync through {@code internal.spi}; the API for views is {@link app.helmsman.calendar.CalendarService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"planner", "accounts", "tasks", "live", "platform", "shared"})
package app.helmsman.calendar;
