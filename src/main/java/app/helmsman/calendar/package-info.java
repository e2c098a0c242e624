/**
 * Calendars: Google Calendar and Outlook connections, ICS files and subscriptions, incremental sync into
 * per-person events (the planner's busy time), write-back of planned blocks, and a private ICS feed.
 * Providers plug into the sync through {@code internal.spi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {"accounts", "planner", "platform", "shared"})
package app.helmsman.calendar;
