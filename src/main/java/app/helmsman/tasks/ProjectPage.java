package app.helmsman.tasks;

/**
 * Everything the project view needs on opening, read in one transaction: the project, the signed-in person's
 * role in it and the name other viewers see them by.
 */
public record ProjectPage(ProjectView project, ProjectRole role, String viewerName) {
}
