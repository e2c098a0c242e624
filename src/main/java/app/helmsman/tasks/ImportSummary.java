package app.helmsman.tasks;

import java.util.ArrayList;

/**
 * What an import brings (preview) or brought in.
 *
 * @param newProjects projects created; {@code matchedProjects} are the person's own with the same name, reused
 * @param newTags tags the person did not have yet
 */
public record ImportSummary(ImportFormat format, int tasks, int subtasks, int done, int trashed, int repeating, int dependencies,
                            int newAreas, int matchedAreas, int newProjects, int matchedProjects, int newTags) {

    /** One plain sentence, such as "12 tasks (3 subtasks), 2 new projects, 1 existing project, 4 new tags." */
    public String describe() {
        var parts = new ArrayList<String>();
        parts.add(count(tasks, "task") + (subtasks > 0 ? " (" + count(subtasks, "subtask") + ")" : ""));
        if (done > 0) {
            parts.add(done + " already done");
        }
        if (trashed > 0) {
            parts.add(trashed + " in the trash");
        }
        if (repeating > 0) {
            parts.add(count(repeating, "repeating task"));
        }
        if (dependencies > 0) {
            parts.add(count(dependencies, "\"waits for\" link"));
        }
        if (newAreas > 0) {
            parts.add(count(newAreas, "new area"));
        }
        if (matchedAreas > 0) {
            parts.add(count(matchedAreas, "existing area"));
        }
        if (newProjects > 0) {
            parts.add(count(newProjects, "new project"));
        }
        if (matchedProjects > 0) {
            parts.add(count(matchedProjects, "existing project"));
        }
        if (newTags > 0) {
            parts.add(count(newTags, "new tag"));
        }
        return String.join(", ", parts) + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
