/**
 * The daily plan: turns ready tasks, the person's calendar and energy into time blocks for one day that each
 * explain themselves, caps the day, and re-plans when it slips. The algorithm ({@code engine}) is plain Java
 * with no Spring inside; the calendar module feeds busy time through {@link app.helmsman.planner.BusyTimeSource}
 * and listens to {@link app.helmsman.planner.DayPlanChanged} to write blocks back. The end-of-day review
 * ({@code ui.ReviewView}) moves the rest of today through the tasks module's services and keeps one line of
 * reflection per day ({@link app.helmsman.planner.DayReflectionService}). The plan's API is
 * {@link app.helmsman.planner.PlannerService}; how plans are stored and re-planned: ADR 0014.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planner", allowedDependencies = {"accounts", "live", "shared", "tasks"})
package app.helmsman.planner;
