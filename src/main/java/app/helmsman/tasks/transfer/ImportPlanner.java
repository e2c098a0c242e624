package app.helmsman.tasks.transfer;

import app.helmsman.tasks.AreaView;
import app.helmsman.tasks.InputBounds;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Source;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.internal.ProjectEntity;
import app.helmsman.tasks.internal.TagEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks what a file holds against the rules every task follows, and gives everything new ids. Every problem
 * is collected with its line; when there is one, nothing may be written.
 */
public final class ImportPlanner {

    /** Repeat rules, checked by the tasks module. */
    public interface Rules {

        /** The rule as stored; throws {@link IllegalArgumentException} with a sentence when it is not acceptable. */
        String normalise(String rule);

        /** The first date of the rule on or after {@code day}. */
        LocalDate firstOnOrAfter(String rule, LocalDate day);

        /** The start of a series; throws {@link IllegalArgumentException} with a sentence when it is out of range. */
        LocalDate checkStart(LocalDate start);
    }

    /**
     * @param source the source every task gets, or null to keep the file's (a Helmsman backup)
     * @param existingAreas the person's areas by lower-case name
     * @param existingProjects the person's projects by lower-case name
     */
    public record Context(Source source, Map<String, UUID> existingAreas, Map<String, UUID> existingProjects, Rules rules, Instant now,
                          LocalDate today) {
    }

    private final Context context;
    private final Problems problems;

    public ImportPlanner(Context context, Problems problems) {
        this.context = context;
        this.problems = problems;
    }

    public ImportPlan plan(ImportBatch batch) {
        var areaIds = new HashMap<String, String>();
        var newAreas = new ArrayList<Backup.Area>();
        int matchedAreas = 0;
        for (var located : batch.areas()) {
            var area = located.value();
            var name = area.name() == null ? "" : area.name().strip();
            if (name.isEmpty() || name.length() > AreaView.NAME_MAX_LENGTH) {
                problems.add(located.line(), "An area needs a name of 1 to " + AreaView.NAME_MAX_LENGTH + " characters.");
                continue;
            }
            var existing = context.existingAreas().get(name.toLowerCase(Locale.ROOT));
            if (existing != null) {
                areaIds.put(area.id(), existing.toString());
                matchedAreas++;
            } else {
                var id = UUID.randomUUID().toString();
                areaIds.put(area.id(), id);
                newAreas.add(new Backup.Area(id, name, area.position(), area.createdAt() == null ? context.now() : area.createdAt()));
            }
        }
        var projectIds = new HashMap<String, String>();
        var newProjects = new ArrayList<Backup.Project>();
        int matchedProjects = 0;
        for (var located : batch.projects()) {
            var project = located.value();
            var name = project.name() == null ? "" : project.name().strip();
            if (name.isEmpty() || name.length() > ProjectView.NAME_MAX_LENGTH) {
                problems.add(located.line(), "A project needs a name of 1 to " + ProjectView.NAME_MAX_LENGTH + " characters.");
                continue;
            }
            var colour = project.colour() == null ? ProjectView.DEFAULT_COLOUR : ProjectEntity.normaliseColour(project.colour());
            if (colour == null) {
                problems.add(located.line(), "The colour of project \"" + name + "\" must be written #rrggbb, not \"" + project.colour() + "\".");
            }
            String areaId = null;
            if (project.areaId() != null) {
                areaId = areaIds.get(project.areaId());
                if (areaId == null) {
                    problems.add(located.line(), "Project \"" + name + "\" is in area \"" + project.areaId() + "\", which is not in the file.");
                }
            }
            var existing = context.existingProjects().get(name.toLowerCase(Locale.ROOT));
            if (existing != null) {
                projectIds.put(project.id(), existing.toString());
                matchedProjects++;
            } else {
                var id = UUID.randomUUID().toString();
                projectIds.put(project.id(), id);
                newProjects.add(new Backup.Project(id, areaId, name, colour, project.archived(), project.position(),
                        project.createdAt() == null ? context.now() : project.createdAt()));
            }
        }
        var tasks = tasks(batch, projectIds);
        return new ImportPlan(newAreas, matchedAreas, newProjects, matchedProjects, tasks.tags(), tasks.tasks());
    }

    private record TaskPart(List<String> tags, List<Backup.Task> tasks) {
    }

    private TaskPart tasks(ImportBatch batch, Map<String, String> projectIds) {
        var byId = new LinkedHashMap<String, ImportBatch.Located<Backup.Task>>();
        var newIds = new HashMap<String, String>();
        for (var located : batch.tasks()) {
            var id = located.value().id() == null ? "line " + located.line() : located.value().id();
            var earlier = byId.putIfAbsent(id, located);
            if (earlier != null) {
                problems.add(located.line(), "Two tasks have the id \"" + id + "\" (the other is on line " + earlier.line() + ").");
            } else {
                newIds.put(id, UUID.randomUUID().toString());
            }
        }
        var tags = new LinkedHashMap<String, String>();
        for (var located : batch.tags()) {
            var name = located.value().name() == null ? "" : TagEntity.normaliseName(located.value().name());
            if (name.isEmpty() || name.length() > TagView.NAME_MAX_LENGTH) {
                problems.add(located.line(), "A tag needs a name of 1 to " + TagView.NAME_MAX_LENGTH + " characters.");
            } else {
                tags.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        var series = new HashMap<String, String>();
        var occurrences = new HashSet<String>();
        var checked = new LinkedHashMap<String, Backup.Task>();
        var lines = new HashMap<String, Integer>();
        var ranks = new HashMap<String, Integer>();
        var inFileOrder = new ArrayList<>(byId.entrySet());
        inFileOrder.sort(Comparator.comparingLong(e -> e.getValue().value().position()));
        for (int r = 0; r < inFileOrder.size(); r++) {
            ranks.put(inFileOrder.get(r).getKey(), r);
        }
        for (var entry : byId.entrySet()) {
            int line = entry.getValue().line();
            lines.put(entry.getKey(), line);
            var t = entry.getValue().value();
            var title = t.title() == null ? "" : t.title().strip();
            if (title.isEmpty()) {
                problems.add(line, "The task has no title.");
            } else if (title.length() > TaskDraft.TITLE_MAX_LENGTH) {
                problems.add(line, "The title is longer than " + TaskDraft.TITLE_MAX_LENGTH + " characters.");
            }
            if (t.notes() != null && t.notes().length() > TaskDraft.NOTES_MAX_LENGTH) {
                problems.add(line, "The notes are longer than " + TaskDraft.NOTES_MAX_LENGTH + " characters.");
            }
            if (t.priority() != null && (t.priority() < 1 || t.priority() > 4)) {
                problems.add(line, "The priority must be 1 (highest) to 4, not " + t.priority() + ".");
            }
            minutes(line, "estimate", t.estimateMinutes());
            minutes(line, "actual time", t.actualMinutes());
            if (t.doTime() != null && t.doDate() == null) {
                problems.add(line, "The task has a do time but no do date.");
            }
            if (!InputBounds.inRange(t.doDate()) || !InputBounds.inRange(t.softDeadline()) || !InputBounds.inRange(t.hardDeadline())) {
                problems.add(line, "The do date and deadlines must be between " + InputBounds.EARLIEST_DATE.getYear() + " and "
                        + InputBounds.LATEST_DATE.getYear() + ".");
            }
            if (t.remindAt() != null && !InputBounds.inRange(t.remindAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
                problems.add(line, "The reminder time must be between " + InputBounds.EARLIEST_DATE.getYear() + " and "
                        + InputBounds.LATEST_DATE.getYear() + ".");
            }
            if (t.tags().size() > InputBounds.TAGS_PER_TASK_MAX) {
                problems.add(line, "The task has " + t.tags().size() + " tags; a task can have up to " + InputBounds.TAGS_PER_TASK_MAX + ".");
            }
            if (t.blockedBy().size() > InputBounds.DEPENDENCIES_PER_TASK_MAX) {
                problems.add(line, "The task waits for " + t.blockedBy().size() + " tasks; a task can wait for up to "
                        + InputBounds.DEPENDENCIES_PER_TASK_MAX + ".");
            }
            var status = t.status() == null ? (t.completedAt() != null ? Status.DONE : Status.TODO) : t.status();
            var completedAt = t.completedAt();
            if (status == Status.DONE && completedAt == null) {
                completedAt = context.now();
            } else if (status != Status.DONE && completedAt != null) {
                problems.add(line, "The task has a completion time but its status is " + status + ", not DONE.");
            }
            var taskTags = new ArrayList<String>();
            for (var tag : t.tags()) {
                var name = tag == null ? "" : TagEntity.normaliseName(tag);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.length() > TagView.NAME_MAX_LENGTH) {
                    problems.add(line, "The tag \"" + name + "\" is longer than " + TagView.NAME_MAX_LENGTH + " characters.");
                    continue;
                }
                tags.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                var canonical = tags.get(name.toLowerCase(Locale.ROOT));
                if (!taskTags.contains(canonical)) {
                    taskTags.add(canonical);
                }
            }
            String projectId = null;
            if (t.projectId() != null) {
                projectId = projectIds.get(t.projectId());
                if (projectId == null) {
                    problems.add(line, "The task is in project \"" + t.projectId() + "\", which is not in the file.");
                }
            }
            if (t.parentId() != null && !newIds.containsKey(t.parentId())) {
                problems.add(line, "The parent \"" + t.parentId() + "\" is not the id of a task in the file.");
            }
            var blockers = new ArrayList<String>();
            for (var blocker : t.blockedBy()) {
                if (!newIds.containsKey(blocker)) {
                    problems.add(line, "The task waits for \"" + blocker + "\", which is not the id of a task in the file.");
                } else if (blocker.equals(entry.getKey())) {
                    problems.add(line, "The task waits for itself.");
                } else if (!blockers.contains(newIds.get(blocker))) {
                    blockers.add(newIds.get(blocker));
                }
            }
            // repeating: the same defaults TaskService gives a new repeating task
            String rule = null;
            RecurrenceMode mode = null;
            LocalDate start = null;
            var doDate = t.doDate();
            String seriesId = null;
            LocalDate occurrence = null;
            if (t.recurrenceRule() != null && !t.recurrenceRule().isBlank()) {
                try {
                    rule = context.rules().normalise(t.recurrenceRule().strip());
                    mode = t.recurrenceMode() == null ? RecurrenceMode.FIXED : t.recurrenceMode();
                    start = t.recurrenceStart() != null ? t.recurrenceStart() : t.occurrenceDate() != null ? t.occurrenceDate()
                            : doDate != null ? doDate : context.rules().firstOnOrAfter(rule, context.today());
                    if (doDate == null) {
                        doDate = start;
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(line, "The repeat rule \"" + t.recurrenceRule().strip() + "\" cannot be used: " + e.getMessage());
                }
            }
            if (start != null) {
                try {
                    context.rules().checkStart(start);
                } catch (IllegalArgumentException e) {
                    // lib-recur does not return for years below 0: the date never reaches the database
                    problems.add(line, e.getMessage());
                }
            }
            if (rule != null || t.seriesId() != null) {
                occurrence = t.occurrenceDate() != null ? t.occurrenceDate() : start != null ? start : doDate;
                if (occurrence != null) {
                    var fileSeries = t.seriesId() == null ? "line " + line : t.seriesId();
                    seriesId = series.computeIfAbsent(fileSeries, k -> UUID.randomUUID().toString());
                    if (!occurrences.add(seriesId + "/" + occurrence)) {
                        problems.add(line, "Another task of the same repeating series is for " + occurrence + " too.");
                    }
                }
            }
            var source = context.source() != null ? context.source() : t.source() == null ? Source.IMPORT : t.source();
            checked.put(entry.getKey(), new Backup.Task(newIds.get(entry.getKey()), title, t.notes() == null || t.notes().isBlank() ? null : t.notes(),
                    status, t.energy(), t.focus(), t.estimateMinutes(), t.actualMinutes(), t.priority() == null ? 4 : t.priority(), doDate,
                    doDate == null ? null : t.doTime(), t.softDeadline(), t.hardDeadline(), source, projectId,
                    t.parentId() == null ? null : newIds.get(t.parentId()), taskTags, blockers, ranks.get(entry.getKey()),
                    t.createdAt() == null ? context.now() : t.createdAt(), completedAt, t.deletedAt(), rule, mode, start, seriesId, occurrence,
                    t.remindAt()));
        }
        var lineOf = lines(checked, lines);
        var ordered = new TaskGraph(checked.values(), lineOf, problems).parentsFirst();
        new TaskGraph(ordered, lineOf, problems).checkNoWaitingCircles();
        return new TaskPart(List.copyOf(tags.values()), ordered);
    }

    private static Map<String, Integer> lines(Map<String, Backup.Task> checked, Map<String, Integer> lines) {
        var byNewId = new HashMap<String, Integer>();
        checked.forEach((fileId, task) -> byNewId.put(task.id(), lines.get(fileId)));
        return byNewId;
    }

    private void minutes(int line, String what, Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > TaskDraft.MAX_MINUTES)) {
            problems.add(line, "The " + what + " must be between 0 and " + TaskDraft.MAX_MINUTES + " minutes (a week), not " + minutes + ".");
        }
    }
}
