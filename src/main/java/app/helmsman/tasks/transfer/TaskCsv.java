package app.helmsman.tasks.transfer;

import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Helmsman's CSV of tasks: UTF-8 with a byte-order mark (so spreadsheets detect it), a header row, CRLF, RFC 4180
 * quoting. The columns are {@link #COLUMNS}; an import needs the {@code title} column and may leave out any other
 * (and order them freely). Text cells that look like a spreadsheet formula are written with a leading apostrophe.
 */
public final class TaskCsv {

    /** The columns, in the order the export writes them (docs/notes/dataio.md describes each). */
    public static final List<String> COLUMNS = List.of("id", "title", "notes", "status", "priority", "energy", "focus",
            "estimate_minutes", "actual_minutes", "do_date", "do_time", "soft_deadline", "hard_deadline", "project", "area", "tags",
            "parent_id", "blocked_by", "recurrence_rule", "recurrence_mode", "created_at", "completed_at", "deleted_at");

    private TaskCsv() {
    }

    /** Whether a header row is meant as Helmsman's (it has a title column; unknown columns are reported on import). */
    public static boolean isHeader(List<String> cells) {
        return cells.stream().anyMatch(c -> c.strip().equalsIgnoreCase("title"));
    }

    public static byte[] write(Backup backup) {
        var projects = new HashMap<String, Backup.Project>();
        backup.projects().forEach(p -> projects.put(p.id(), p));
        var areas = new HashMap<String, String>();
        backup.areas().forEach(a -> areas.put(a.id(), a.name()));
        var out = new StringBuilder("\uFEFF");
        Csv.writeRow(out, COLUMNS);
        for (var t : backup.tasks()) {
            var project = t.projectId() == null ? null : projects.get(t.projectId());
            Csv.writeRow(out, Arrays.asList(t.id(), Csv.guard(t.title()), Csv.guard(t.notes()), str(t.status()), str(t.priority()),
                    str(t.energy()), str(t.focus()), str(t.estimateMinutes()), str(t.actualMinutes()), str(t.doDate()),
                    t.doTime() == null ? null : t.doTime().toString(), str(t.softDeadline()), str(t.hardDeadline()),
                    project == null ? null : Csv.guard(project.name()),
                    project == null || project.areaId() == null ? null : Csv.guard(areas.get(project.areaId())),
                    Csv.guard(String.join(" ", t.tags())), t.parentId(), String.join(" ", t.blockedBy()), t.recurrenceRule(),
                    str(t.recurrenceMode()), str(t.createdAt()), str(t.completedAt()), str(t.deletedAt())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    /** Reads the rows after the header; problems go to {@code problems}. */
    public static ImportBatch read(List<Csv.Row> rows, Problems problems) {
        var header = rows.getFirst();
        var index = new LinkedHashMap<String, Integer>();
        for (int c = 0; c < header.cells().size(); c++) {
            var name = header.cells().get(c).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(header.line(), "Unknown column \"" + header.cells().get(c).strip() + "\". The columns are: " + String.join(", ", COLUMNS) + ".");
            } else if (index.putIfAbsent(name, c) != null) {
                problems.add(header.line(), "The column \"" + name + "\" appears twice.");
            }
        }
        if (!index.containsKey("title")) {
            problems.add(header.line(), "The header row has no \"title\" column.");
            return null;
        }
        var cells = new Cells(problems);
        var areas = new LinkedHashMap<String, ImportBatch.Located<Backup.Area>>();
        var projects = new LinkedHashMap<String, ImportBatch.Located<Backup.Project>>();
        var tasks = new ArrayList<ImportBatch.Located<Backup.Task>>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            int line = row.line();
            Map<String, String> v = new HashMap<>();
            index.forEach((name, c) -> v.put(name, row.cell(c)));
            var areaName = Cells.text(Csv.unguard(v.get("area")));
            String areaId = null;
            if (areaName != null) {
                areaId = key(areaName);
                areas.putIfAbsent(areaId, new ImportBatch.Located<>(line, new Backup.Area(areaId, areaName.strip(), areas.size(), null)));
            }
            var projectName = Cells.text(Csv.unguard(v.get("project")));
            String projectId = null;
            if (projectName != null) {
                projectId = key(projectName);
                projects.putIfAbsent(projectId, new ImportBatch.Located<>(line,
                        new Backup.Project(projectId, areaId, projectName.strip(), null, false, projects.size(), null)));
            }
            var id = Cells.text(v.get("id"));
            tasks.add(new ImportBatch.Located<>(line, new Backup.Task(id == null ? "line " + line : id.strip(),
                    Objects.requireNonNullElse(Csv.unguard(v.get("title")), ""), Cells.text(Csv.unguard(v.get("notes"))),
                    cells.constant(line, "status", v.get("status"), Status.class),
                    cells.constant(line, "energy", v.get("energy"), Energy.class), cells.constant(line, "focus", v.get("focus"), FocusType.class),
                    cells.integer(line, "estimate_minutes", v.get("estimate_minutes"), "a whole number of minutes"),
                    cells.integer(line, "actual_minutes", v.get("actual_minutes"), "a whole number of minutes"),
                    cells.integer(line, "priority", v.get("priority"), "a number from 1 (highest) to 4"),
                    cells.date(line, "do_date", v.get("do_date")), cells.time(line, "do_time", v.get("do_time")),
                    cells.date(line, "soft_deadline", v.get("soft_deadline")), cells.date(line, "hard_deadline", v.get("hard_deadline")),
                    null, projectId, Cells.text(v.get("parent_id")) == null ? null : v.get("parent_id").strip(),
                    words(Csv.unguard(v.get("tags"))), words(v.get("blocked_by")), tasks.size(),
                    cells.instant(line, "created_at", v.get("created_at")), cells.instant(line, "completed_at", v.get("completed_at")),
                    cells.instant(line, "deleted_at", v.get("deleted_at")), Cells.text(v.get("recurrence_rule")),
                    cells.constant(line, "recurrence_mode", v.get("recurrence_mode"), RecurrenceMode.class), null, null, null)));
        }
        return new ImportBatch(List.copyOf(areas.values()), List.copyOf(projects.values()), List.of(), tasks);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.strip().split("[\\s,]+"));
    }
}
