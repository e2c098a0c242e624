package app.helmsman.tasks;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.internal.TransferStore;
import app.helmsman.tasks.transfer.BackupJson;
import app.helmsman.tasks.transfer.Csv;
import app.helmsman.tasks.transfer.ImportBatch;
import app.helmsman.tasks.transfer.ImportPlan;
import app.helmsman.tasks.transfer.ImportPlanner;
import app.helmsman.tasks.transfer.Problems;
import app.helmsman.tasks.transfer.TaskCalendar;
import app.helmsman.tasks.transfer.TaskCsv;
import app.helmsman.tasks.transfer.TodoistCsv;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of the signed-in person's data. Exports hold only their own data. An import is one
 * transaction: a file with any problem is rejected as a whole ({@link ImportRejectedException}, each problem with
 * its line) and nothing of it is saved. Imported things get new ids (ids in a file are only references inside it);
 * projects, areas and tags with the name of one the person has are matched to it. Tasks from CSV files get the
 * source IMPORT; a Helmsman backup keeps each task's recorded source, so that a restore is exact.
 */
@Service
public class TaskTransferService {

    /** Largest file an import reads. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Most tasks one import brings in. */
    public static final int MAX_TASKS = 20_000;
    private static final String UID_HOST = "helmsman";

    private final TaskAccess access;
    private final TransferStore store;
    private final TaskDays days;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskCapacity capacity;

    private final app.helmsman.platform.AuditLog audit;

    TaskTransferService(TaskAccess access, TransferStore store, TaskDays days, ApplicationEventPublisher events, Clock clock,
                        TaskCapacity capacity, app.helmsman.platform.AuditLog audit) {
        this.audit = audit;
        this.capacity = capacity;
        this.access = access;
        this.store = store;
        this.days = days;
        this.events = events;
        this.clock = clock;
    }

    /** Everything: areas, projects, tags and every task (done and trashed ones too), as Helmsman JSON. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportFile exportJson() {
        var owner = access.currentUser();
        return new ExportFile(fileName("json"), "application/json", BackupJson.write(store.read(owner, clock.instant())));
    }

    /** Every task as CSV with the columns of {@link TaskCsv#COLUMNS}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportFile exportCsv() {
        var owner = access.currentUser();
        return new ExportFile(fileName("csv"), "text/csv; charset=utf-8", TaskCsv.write(store.read(owner, clock.instant())));
    }

    /** Tasks that are not in the trash as an iCalendar file of VTODOs (times in UTC, computed in the person's zone). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportFile exportCalendar() {
        var owner = access.currentUser();
        var now = clock.instant();
        return new ExportFile(fileName("ics"), "text/calendar; charset=utf-8", TaskCalendar.write(store.read(owner, now), days.zone(owner), now, UID_HOST));
    }

    /**
     * Reads and checks a file without saving anything: what an import of it would bring.
     *
     * @param fileName the uploaded file's name (a Todoist project is named after it); may be null
     * @param format the kind of file, or null to recognise it from its content
     * @throws ImportRejectedException with every problem found (up to 100), each with its line
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ImportSummary preview(String fileName, byte[] data, ImportFormat format) {
        var owner = access.currentUser();
        var checked = check(owner, fileName, data, format);
        return summary(owner, checked);
    }

    /**
     * Imports a file as a whole, or nothing of it.
     *
     * @param fileName the uploaded file's name (a Todoist project is named after it); may be null
     * @param format the kind of file, or null to recognise it from its content
     * @throws ImportRejectedException with every problem found (up to 100), each with its line; nothing was saved
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ImportSummary importFile(String fileName, byte[] data, ImportFormat format) {
        var owner = access.currentUser();
        var checked = check(owner, fileName, data, format);
        var summary = summary(owner, checked);
        store.write(owner, checked.plan());
        audit.record(owner, null, "tasks.imported", fileName == null ? null : fileName, summary.format() + ": " + summary.tasks() + " tasks");
        events.publishEvent(new TasksImported(owner, summary.tasks(), summary.newProjects()));
        events.publishEvent(LiveHint.forUser("tasks", owner, Set.of(), summary.tasks() + " tasks were imported.", LiveUpdates.currentUiKey(),
                clock.instant()));
        // one event per project that got tasks, so that members of a shared project hear of it (TaskLiveHints)
        var touched = new java.util.LinkedHashSet<String>();
        checked.plan().newProjects().forEach(p -> touched.add(p.id()));
        checked.plan().tasks().stream().map(t -> t.projectId()).filter(java.util.Objects::nonNull).forEach(touched::add);
        touched.forEach(p -> events.publishEvent(new ProjectChanged(UUID.fromString(p), owner)));
        return summary;
    }

    private record Checked(ImportFormat format, ImportPlan plan) {
    }

    private Checked check(UUID owner, String fileName, byte[] data, ImportFormat format) {
        if (data.length > MAX_FILE_BYTES) {
            throw ImportRejectedException.of("The file is " + megabytes(data.length) + "; Helmsman imports files of up to "
                    + megabytes(MAX_FILE_BYTES) + ". Split it into smaller files.");
        }
        var text = utf8(data);
        rejectNul(text);
        var problems = new Problems();
        var zone = days.zone(owner);
        var now = clock.instant();
        ImportBatch batch;
        var kind = format;
        if (kind == null || kind == ImportFormat.HELMSMAN_JSON) {
            if (kind == null && text.strip().replace("\uFEFF", "").startsWith("{")) {
                kind = ImportFormat.HELMSMAN_JSON;
            }
        }
        if (kind == ImportFormat.HELMSMAN_JSON) {
            batch = BackupJson.read(data, problems);
        } else {
            java.util.List<Csv.Row> rows;
            try {
                rows = Csv.parse(text);
            } catch (Csv.MalformedException e) {
                throw new ImportRejectedException(java.util.List.of(new app.helmsman.tasks.transfer.ImportProblem(e.line(), e.getMessage())), 1);
            }
            if (rows.isEmpty() || rows.getFirst().blank()) {
                throw ImportRejectedException.of("The file is empty: it needs a header row and one row per task.");
            }
            var header = rows.getFirst().cells();
            if (kind == null) {
                kind = TodoistCsv.isHeader(header) ? ImportFormat.TODOIST_CSV : TaskCsv.isHeader(header) ? ImportFormat.HELMSMAN_CSV : null;
                if (kind == null) {
                    throw ImportRejectedException.of("Helmsman does not recognise this file. It reads its own JSON backup, its own CSV "
                            + "(with a header row that has a \"title\" column) and Todoist's CSV export.");
                }
            }
            batch = kind == ImportFormat.TODOIST_CSV ? TodoistCsv.read(rows, fileName, now.atZone(zone), problems) : TaskCsv.read(rows, problems);
        }
        if (batch != null && batch.tasks().size() > MAX_TASKS) {
            throw ImportRejectedException.of("The file has " + batch.tasks().size() + " tasks; Helmsman imports up to " + MAX_TASKS
                    + " at once. Split it into smaller files.");
        }
        if (batch == null || problems.any()) {
            throw new ImportRejectedException(problems.list(), problems.count());
        }
        var context = new ImportPlanner.Context(kind == ImportFormat.HELMSMAN_JSON ? null : Source.IMPORT, store.areasByName(owner),
                store.projectsByName(owner), RULES, now, days.today(zone));
        var plan = new ImportPlanner(context, problems).plan(batch);
        if (problems.any()) {
            throw new ImportRejectedException(problems.list(), problems.count());
        }
        if (plan.tasks().isEmpty() && plan.newProjects().isEmpty() && plan.newAreas().isEmpty() && plan.tags().isEmpty()) {
            throw ImportRejectedException.of("The file has no tasks to import.");
        }
        if (!plan.tasks().isEmpty() && !capacity.hasRoomFor(owner, plan.tasks().size())) {
            throw ImportRejectedException.of(capacity.message(plan.tasks().size()));
        }
        return new Checked(kind, plan);
    }

    private ImportSummary summary(UUID owner, Checked checked) {
        var plan = checked.plan();
        return new ImportSummary(checked.format(), plan.tasks().size(), (int) plan.subtasks(), (int) plan.done(), (int) plan.trashed(),
                (int) plan.repeating(), (int) plan.dependencies(), plan.newAreas().size(), plan.matchedAreas(), plan.newProjects().size(),
                plan.matchedProjects(), store.newTags(owner, plan.tags()));
    }

    private static final ImportPlanner.Rules RULES = new ImportPlanner.Rules() {
        @Override
        public String normalise(String rule) {
            try {
                return Recurrences.normalise(rule);
            } catch (TaskValidationException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public LocalDate firstOnOrAfter(String rule, LocalDate day) {
            return Recurrences.firstOnOrAfter(rule, day, day).orElse(day);
        }

        @Override
        public LocalDate checkStart(LocalDate start) {
            try {
                return Recurrences.checkStart(start);
            } catch (TaskValidationException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    };

    private static String utf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.of("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (or UTF-8 JSON) and try again.");
        }
    }

    /** A NUL character in the text, or one written as a JSON escape, which PostgreSQL cannot store: refused with its line. */
    private static void rejectNul(String text) {
        var matcher = JSON_NUL.matcher(text);
        int at = text.indexOf('\0');
        if (matcher.find() && (at < 0 || matcher.start() < at)) {
            at = matcher.start();
        }
        if (at >= 0) {
            int line = 1;
            for (int k = 0; k < at; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            throw new ImportRejectedException(java.util.List.of(new app.helmsman.tasks.transfer.ImportProblem(line,
                    "The line holds an invisible control character (NUL, \\u0000) that Helmsman cannot store. Remove it and try again.")), 1);
        }
    }

    /** The JSON escape of NUL after an even number of backslashes, that is an escape and not an escaped backslash. */
    private static final java.util.regex.Pattern JSON_NUL = java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000");

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String fileName(String extension) {
        return "helmsman-" + LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC) + "." + extension;
    }
}
