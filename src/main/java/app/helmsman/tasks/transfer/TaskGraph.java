package app.helmsman.tasks.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subtask tree and the "waits for" graph of an import, by the tasks' new ids. */
final class TaskGraph {

    private final Map<String, Backup.Task> tasks = new LinkedHashMap<>();
    private final Map<String, Integer> lines;
    private final Problems problems;

    TaskGraph(Collection<Backup.Task> tasks, Map<String, Integer> lines, Problems problems) {
        tasks.forEach(t -> this.tasks.put(t.id(), t));
        this.lines = lines;
        this.problems = problems;
    }

    /**
     * The tasks with every parent before its subtasks, each subtask in its top task's project (as Helmsman keeps
     * them). A task that is its own ancestor is a problem.
     */
    List<Backup.Task> parentsFirst() {
        var ordered = new ArrayList<Backup.Task>();
        var placed = new HashMap<String, Backup.Task>();
        for (var task : tasks.values()) {
            var chain = new ArrayList<Backup.Task>();
            var seen = new HashSet<String>();
            var current = task;
            boolean circle = false;
            while (current != null && !placed.containsKey(current.id())) {
                if (!seen.add(current.id())) {
                    circle = true;
                    break;
                }
                chain.add(current);
                current = current.parentId() == null ? null : tasks.get(current.parentId());
            }
            if (circle) {
                problems.add(lines.get(task.id()), "\"" + task.title() + "\" is a subtask of itself through its parents.");
                chain.forEach(t -> placed.put(t.id(), t));
                continue;
            }
            var project = current == null ? null : placed.get(current.id()).projectId();
            if (current == null) {
                project = chain.getLast().projectId();
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                var t = chain.get(i);
                var inProject = withProject(t, project);
                placed.put(t.id(), inProject);
                ordered.add(inProject);
            }
        }
        return ordered;
    }

    /** Reports every circle of tasks that wait for each other, naming its tasks. */
    void checkNoWaitingCircles() {
        var state = new HashMap<String, Integer>(); // 1 = on the current path, 2 = done
        for (var start : tasks.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            var path = new ArrayList<String>();
            var stack = new ArrayDeque<java.util.Iterator<String>>();
            state.put(start, 1);
            path.add(start);
            stack.push(tasks.get(start).blockedBy().iterator());
            while (!stack.isEmpty()) {
                var next = stack.peek();
                if (!next.hasNext()) {
                    stack.pop();
                    state.put(path.removeLast(), 2);
                    continue;
                }
                var blocker = next.next();
                var s = state.get(blocker);
                if (s == null) {
                    state.put(blocker, 1);
                    path.add(blocker);
                    stack.push(tasks.get(blocker).blockedBy().iterator());
                } else if (s == 1) {
                    var circle = path.subList(path.indexOf(blocker), path.size());
                    var names = new ArrayList<String>();
                    circle.forEach(id -> names.add("\"" + tasks.get(id).title() + "\""));
                    names.add("\"" + tasks.get(blocker).title() + "\"");
                    problems.add(lines.get(path.getLast()), "These tasks wait for each other in a circle: " + String.join(" waits for ", names) + ".");
                }
            }
        }
    }

    private static Backup.Task withProject(Backup.Task t, String projectId) {
        return new Backup.Task(t.id(), t.title(), t.notes(), t.status(), t.energy(), t.focus(), t.estimateMinutes(), t.actualMinutes(), t.priority(),
                t.doDate(), t.doTime(), t.softDeadline(), t.hardDeadline(), t.source(), projectId, t.parentId(), t.tags(), t.blockedBy(),
                t.position(), t.createdAt(), t.completedAt(), t.deletedAt(), t.recurrenceRule(), t.recurrenceMode(), t.recurrenceStart(),
                t.seriesId(), t.occurrenceDate(), t.remindAt());
    }
}
