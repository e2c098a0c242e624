/**
 * Tasks: the things a person plans and does, with projects grouped into areas, tags, subtasks to any depth,
 * "blocked by" dependencies, repeating tasks (RFC 5545 rules, fixed or after completion) and a 30-day trash.
 * The API is {@link app.helmsman.tasks.TaskService} (one task), {@link app.helmsman.tasks.TaskListService},
 * {@link app.helmsman.tasks.TaskMoveService}, {@link app.helmsman.tasks.TaskDependencyService},
 * {@link app.helmsman.tasks.TaskTrashService} and {@link app.helmsman.tasks.ProjectService} with the records and
 * past-tense events of this package; who may see what is decided in one place, {@code TaskAccess}.
 * Entities, repositories and SQL live in {@code internal}; the quick-add parser in {@code quickadd}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks", allowedDependencies = {"accounts", "live", "platform", "shared"})
package app.helmsman.tasks;
