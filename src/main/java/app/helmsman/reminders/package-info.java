/**
 * Reminders: one queue of reminder rows computed on the server (do-date times, planned block starts, hard
 * deadlines, a task's "remind me" time) and delivered once each by a job on whichever replica claims them
 * (ADR 0019): in the app (notification centre and a toast in every open window), as a browser notification,
 * or by email to people with no open window; respecting quiet hours, batching and per-kind switches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders",
        allowedDependencies = {"accounts", "live", "planner", "platform", "shared", "tasks"})
package app.helmsman.reminders;
