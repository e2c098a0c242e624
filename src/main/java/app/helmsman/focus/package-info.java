/**
 * Focus mode: one task on screen with a timer that lives on the server (Pomodoro, Flowtime or a countdown to a
 * planned block's end), so a reload, another tab, device or replica shows the same running timer; gentle break
 * and hyperfocus reminders, and calm statistics per day and week. Time focused is added to the task's actual
 * minutes once per session ({@link app.helmsman.tasks.TaskService#addActualMinutes}). ADR 0018.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Focus", allowedDependencies = {"accounts", "live", "shared", "tasks"})
package app.helmsman.focus;
