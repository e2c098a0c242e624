/**
 * Tasks: the things a person plans and does, with projects, tags, subtasks, dependencies and recurrence.
 * For now it holds the Today view, the home page of a signed-in person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package app.helmsman.tasks;
