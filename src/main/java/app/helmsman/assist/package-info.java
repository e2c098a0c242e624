/**
 * Assist: turns a messy brain dump into proposed tasks, breaks a task into steps and suggests energy, focus and
 * estimates, with an AI provider when one is configured and with the offline extractor otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist", allowedDependencies = {"accounts", "live", "platform", "shared", "tasks", "tasks :: quickadd"})
package app.helmsman.assist;
