package app.helmsman.tasks.transfer;

import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Todoist's CSV export of one project ({@code TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,
 * DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG}). The project is named after the file.
 * <ul>
 * <li>{@code task} rows become tasks; {@code INDENT} 2 and deeper make subtasks of the task above with one less.
 * <li>{@code PRIORITY} 4 (Todoist's highest, "p1") becomes Helmsman's 1, and 1 becomes 4.
 * <li>{@code @labels} in the content become tags; the {@code section} a task is in becomes a tag too.
 * <li>{@code note} rows are added to the notes of the task above them.
 * <li>{@code DATE} is read like quick add ({@code tomorrow 3pm}, {@code every Monday}, {@code every! 3 days}
 *     repeats after completion); {@code DURATION} in minutes or days becomes the estimate; {@code DEADLINE}
 *     the soft deadline.
 * </ul>
 */
public final class TodoistCsv {

    private static final Pattern LABEL = Pattern.compile("(?<=^|\\s)@([\\p{L}\\p{N}_\\-/.]+)");
    private static final QuickAddParser DATES = new QuickAddParser();

    private TodoistCsv() {
    }

    /** Whether a header row is Todoist's. */
    public static boolean isHeader(List<String> cells) {
        var upper = cells.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        return upper.contains("TYPE") && upper.contains("CONTENT");
    }

    /** The project name for a file name such as {@code Groceries [2203306141].csv}. */
    public static String projectName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Todoist";
        }
        var name = fileName.replaceAll("(?i)\\.csv$", "").replaceAll("\\s*\\[\\d+]$", "").strip();
        return name.isEmpty() ? "Todoist" : name;
    }

    /**
     * Reads the rows after the header.
     *
     * @param now the current time in the person's zone, for dates such as "tomorrow"
     */
    public static ImportBatch read(List<Csv.Row> rows, String fileName, ZonedDateTime now, Problems problems) {
        var index = new LinkedHashMap<String, Integer>();
        var header = rows.getFirst();
        for (int c = 0; c < header.cells().size(); c++) {
            index.putIfAbsent(header.cells().get(c).strip().toUpperCase(Locale.ROOT), c);
        }
        var project = projectName(fileName);
        var projectId = TaskCsv.key(project);
        var tasks = new ArrayList<ImportBatch.Located<Backup.Task>>();
        var parents = new ArrayList<String>(); // parents.get(k) = the last task with indent k + 1
        String section = null;
        for (var row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            int line = row.line();
            var type = cell(row, index, "TYPE").strip().toLowerCase(Locale.ROOT);
            var content = cell(row, index, "CONTENT").strip();
            switch (type) {
                case "meta" -> {
                }
                case "section" -> section = content.isEmpty() ? null : content;
                case "note" -> {
                    if (!tasks.isEmpty() && !content.isEmpty()) {
                        var last = tasks.removeLast();
                        var t = last.value();
                        var notes = t.notes() == null ? content : t.notes() + "\n\n" + content;
                        tasks.add(new ImportBatch.Located<>(last.line(), withNotes(t, notes)));
                    }
                }
                case "task" -> {
                    var task = task(row, index, line, content, section, projectId, parents, tasks.size(), now, problems);
                    if (task != null) {
                        tasks.add(new ImportBatch.Located<>(line, task));
                    }
                }
                default -> problems.add(line, "TYPE must be task, section, note or meta, not \"" + type + "\".");
            }
        }
        var projects = List.of(new ImportBatch.Located<>(header.line(), new Backup.Project(projectId, null, project, null, false, 0, null)));
        return new ImportBatch(List.of(), tasks.isEmpty() ? List.of() : projects, List.of(), tasks);
    }

    private static Backup.Task task(Csv.Row row, LinkedHashMap<String, Integer> index, int line, String content, String section, String projectId,
                                    List<String> parents, int position, ZonedDateTime now, Problems problems) {
        var cells = new Cells(problems);
        var tags = new ArrayList<String>();
        var labels = LABEL.matcher(content);
        while (labels.find()) {
            tags.add(labels.group(1));
        }
        if (section != null) {
            tags.add(section);
        }
        var title = LABEL.matcher(content).replaceAll("").replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            problems.add(line, "CONTENT is empty: a task needs a text.");
        }
        var todoistPriority = cells.integer(line, "PRIORITY", cell(row, index, "PRIORITY"), "a number from 1 to 4");
        Integer priority = null;
        if (todoistPriority != null) {
            if (todoistPriority < 1 || todoistPriority > 4) {
                problems.add(line, "PRIORITY must be a number from 1 to 4, not " + todoistPriority + ".");
            } else {
                priority = 5 - todoistPriority;
            }
        }
        var indent = cells.integer(line, "INDENT", cell(row, index, "INDENT"), "a number from 1 to 5");
        int depth = indent == null || indent < 1 ? 0 : Math.min(indent - 1, parents.size());
        var id = "line " + line;
        String parentId = depth == 0 ? null : parents.get(depth - 1);
        while (parents.size() > depth) {
            parents.removeLast();
        }
        parents.add(id);

        var date = parseDate(line, "DATE", cell(row, index, "DATE"), now, problems);
        var deadline = parseDate(line, "DEADLINE", cell(row, index, "DEADLINE"), now, problems);
        Integer estimate = cells.integer(line, "DURATION", cell(row, index, "DURATION"), "a whole number");
        if (estimate != null && cell(row, index, "DURATION_UNIT").strip().equalsIgnoreCase("day")) {
            estimate = estimate * 24 * 60;
        }
        var description = Cells.text(cell(row, index, "DESCRIPTION"));
        return new Backup.Task(id, title, description, null, null, null, estimate, null, priority,
                date == null ? null : date.doDate(), date == null ? null : date.doTime(), deadline == null ? null : deadline.doDate(), null,
                null, projectId, parentId, tags, List.of(), position, null, null, null, date == null ? null : date.rule(),
                date == null || date.rule() == null ? null : date.mode(), null, null, null);
    }

    private record When(LocalDate doDate, java.time.LocalTime doTime, String rule, RecurrenceMode mode) {
    }

    private static When parseDate(int line, String column, String cell, ZonedDateTime now, Problems problems) {
        var text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new When(LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text), null, null, null);
        } catch (DateTimeParseException notIso) {
            // natural language, below
        }
        var mode = RecurrenceMode.FIXED;
        var natural = text;
        if (natural.toLowerCase(Locale.ROOT).startsWith("every!")) {
            natural = "every" + natural.substring("every!".length());
            mode = RecurrenceMode.AFTER_COMPLETION;
        }
        var parsed = DATES.parse(natural, now);
        if (!parsed.title().isBlank() || parsed.doDate().isEmpty()) {
            problems.add(line, column + " \"" + text + "\" is not a date Helmsman understands; write it like \"tomorrow\", \"next Friday 3pm\", "
                    + "\"every Monday\" or 2026-05-31.");
            return null;
        }
        return new When(parsed.doDate().get(), parsed.doTime().orElse(null), parsed.recurrenceRule().orElse(null), mode);
    }

    private static String cell(Csv.Row row, LinkedHashMap<String, Integer> index, String column) {
        var c = index.get(column);
        return c == null ? "" : row.cell(c);
    }

    private static Backup.Task withNotes(Backup.Task t, String notes) {
        return new Backup.Task(t.id(), t.title(), notes, t.status(), t.energy(), t.focus(), t.estimateMinutes(), t.actualMinutes(), t.priority(),
                t.doDate(), t.doTime(), t.softDeadline(), t.hardDeadline(), t.source(), t.projectId(), t.parentId(), t.tags(), t.blockedBy(),
                t.position(), t.createdAt(), t.completedAt(), t.deletedAt(), t.recurrenceRule(), t.recurrenceMode(), t.recurrenceStart(),
                t.seriesId(), t.occurrenceDate(), t.remindAt());
    }
}
