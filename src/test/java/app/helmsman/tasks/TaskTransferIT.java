package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.transfer.Backup;
import app.helmsman.tasks.transfer.Csv;
import app.helmsman.tasks.transfer.ImportProblem;
import app.helmsman.tasks.transfer.TaskCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

/** Export and import on the real database: lossless JSON, CSV, iCalendar, Todoist, all-or-nothing imports and limits. */
@IntegrationTest
@RecordApplicationEvents
class TaskTransferIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskTrashService trash;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    ApplicationEvents events;

    UUID ada;
    UUID bob;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        bob = fixtures.user("bob@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    /** Ada's account with every kind of thing: areas, coloured and archived projects, tags, subtasks, links, repeats, done, trash. */
    private Map<String, UUID> adasData() {
        var ids = new HashMap<String, UUID>();
        var work = projects.createArea("Work");
        projects.createArea("Home");
        projects.createTag("someday");
        var report = projects.createProject(new ProjectDraft("Annual report", "#3366cc", work.id()));
        var old = projects.createProject(new ProjectDraft("Old stuff", "#aa0000", null));
        projects.archive(old.id(), true);
        var call = tasks.create(new TaskDraft("Call mom, about \"Sunday\"", "bring:\n- cake\n- flowers", Status.IN_PROGRESS, Energy.LOW,
                FocusType.SOCIAL, 15, 1, LocalDate.of(2026, 11, 29), LocalTime.of(15, 0), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                Source.AI, null, null, List.of("family", "phone"), null, null));
        ids.put("call", call.id());
        var draft = tasks.create(TaskDraft.titled("Draft the report").inProject(report.id()).withTags("writing").withEnergy(Energy.HIGH)
                .withFocus(FocusType.CREATIVE).withEstimate(120).withPriority(2));
        tasks.update(draft.id(), draft.version(), tasks.get(draft.id()).toChange().withNotes("Start with the numbers"));
        var actual = tasks.get(draft.id());
        tasks.update(actual.id(), actual.version(), new TaskChange(actual.title(), actual.notes(), actual.status(), actual.energy(), actual.focus(),
                actual.estimateMinutes(), 45, actual.priority(), actual.doDate(), actual.doTime(), actual.softDeadline(), actual.hardDeadline(),
                actual.tags(), null, null));
        ids.put("draft", draft.id());
        var numbers = tasks.create(TaskDraft.titled("Collect the numbers").under(draft.id()));
        tasks.create(TaskDraft.titled("Ask finance").under(numbers.id()).withStatus(Status.BLOCKED));
        var review = tasks.create(TaskDraft.titled("Review with Grace").inProject(report.id()));
        dependencies.addDependency(review.id(), draft.id());
        ids.put("review", review.id());
        var water = tasks.create(TaskDraft.titled("=Water the plants").withDoDate(LocalDate.of(2026, 11, 30)).repeating("FREQ=WEEKLY;BYDAY=MO", RecurrenceMode.FIXED));
        ids.put("water", water.id());
        var laundry = tasks.create(TaskDraft.titled("Laundry").repeating("FREQ=DAILY;INTERVAL=3", RecurrenceMode.AFTER_COMPLETION));
        clock.set(Instant.parse("2026-11-28T11:00:00Z"));
        tasks.complete(laundry.id(), null);
        var gone = tasks.create(TaskDraft.titled("Old idea").inProject(old.id()));
        trash.trash(gone.id());
        ids.put("gone", gone.id());
        clock.set(Instant.parse("2026-11-28T12:00:00Z"));
        return ids;
    }

    @Test
    void a_json_export_imported_into_another_account_exports_again_the_same_except_ids() throws Exception {
        adasData();
        var first = transfer.exportJson();
        assertThat(first.fileName()).isEqualTo("helmsman-2026-11-28.json");

        fixtures.signIn("bob@example.com");
        events.clear();
        var summary = transfer.importFile(first.fileName(), first.content(), null);
        var second = transfer.exportJson();

        var before = JSON.readValue(first.content(), Backup.class);
        var after = JSON.readValue(second.content(), Backup.class);
        assertThat(before.tasks()).hasSize(9);
        assertThat(summary.format()).isEqualTo(ImportFormat.HELMSMAN_JSON);
        assertThat(summary.tasks()).isEqualTo(9);
        assertThat(summary.subtasks()).isEqualTo(2);
        assertThat(summary.trashed()).isEqualTo(1);
        assertThat(summary.newProjects()).isEqualTo(2);
        assertThat(summary.newAreas()).isEqualTo(2);
        assertThat(summary.dependencies()).isEqualTo(1);
        assertThat(withoutIds(after)).isEqualTo(withoutIds(before));
        assertThat(after.tasks()).extracting(Backup.Task::id).doesNotContainAnyElementsOf(before.tasks().stream().map(Backup.Task::id).toList());
        assertThat(events.stream(TasksImported.class)).containsExactly(new TasksImported(bob, 9, 2));
        assertThat(events.stream(TaskCreated.class)).isEmpty();
    }

    @Test
    void the_json_export_holds_every_field_and_a_format_version() throws Exception {
        var ids = adasData();
        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);

        assertThat(backup.format()).isEqualTo("helmsman");
        assertThat(backup.version()).isEqualTo(1);
        assertThat(backup.areas()).extracting(Backup.Area::name).containsExactly("Work", "Home");
        assertThat(backup.projects()).extracting(Backup.Project::name, Backup.Project::colour, Backup.Project::archived)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Annual report", "#3366cc", false),
                        org.assertj.core.groups.Tuple.tuple("Old stuff", "#aa0000", true));
        var call = task(backup, ids.get("call"));
        assertThat(call.title()).isEqualTo("Call mom, about \"Sunday\"");
        assertThat(call.source()).isEqualTo(Source.AI);
        assertThat(call.doTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(call.hardDeadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(call.tags()).containsExactly("family", "phone");
        assertThat(task(backup, ids.get("draft")).actualMinutes()).isEqualTo(45);
        assertThat(task(backup, ids.get("review")).blockedBy()).containsExactly(ids.get("draft").toString());
        assertThat(task(backup, ids.get("water")).recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(task(backup, ids.get("gone")).deletedAt()).isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));
        assertThat(backup.tasks()).filteredOn(t -> t.title().equals("Laundry")).extracting(Backup.Task::completedAt)
                .contains(Instant.parse("2026-11-28T11:00:00Z"));
    }

    @Test
    void another_persons_data_is_never_exported() throws Exception {
        var ids = adasData();
        fixtures.signIn("bob@example.com");
        tasks.create(TaskDraft.titled("Bob's only task"));

        var json = new String(transfer.exportJson().content(), StandardCharsets.UTF_8);
        var csv = new String(transfer.exportCsv().content(), StandardCharsets.UTF_8);
        var ics = new String(transfer.exportCalendar().content(), StandardCharsets.UTF_8);

        assertThat(JSON.readValue(json, Backup.class).tasks()).extracting(Backup.Task::title).containsExactly("Bob's only task");
        for (var file : List.of(json, csv, ics)) {
            assertThat(file).contains("Bob's only task").doesNotContain("Call mom").doesNotContain("Annual report").doesNotContain("family");
            ids.values().forEach(id -> assertThat(file).doesNotContain(id.toString()));
        }
    }

    @Test
    void the_csv_export_has_the_documented_columns_quotes_what_needs_it_and_defuses_formulas() throws Exception {
        var ids = adasData();
        var file = transfer.exportCsv();
        var text = new String(file.content(), StandardCharsets.UTF_8);

        assertThat(file.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(text).startsWith("\uFEFFid,title,notes,status,priority,");
        assertThat(text).contains("\"Call mom, about \"\"Sunday\"\"\",\"bring:\n- cake\n- flowers\"").contains("\r\n");
        var rows = Csv.parse(text);
        assertThat(rows.getFirst().cells()).isEqualTo(TaskCsv.COLUMNS);
        var byId = new HashMap<String, Csv.Row>();
        rows.forEach(r -> byId.put(r.cell(0), r));
        var call = byId.get(ids.get("call").toString());
        assertThat(call.cell(1)).isEqualTo("Call mom, about \"Sunday\"");
        assertThat(call.cell(TaskCsv.COLUMNS.indexOf("do_time"))).isEqualTo("15:00");
        assertThat(call.cell(TaskCsv.COLUMNS.indexOf("tags"))).isEqualTo("family phone");
        var review = byId.get(ids.get("review").toString());
        assertThat(review.cell(TaskCsv.COLUMNS.indexOf("project"))).isEqualTo("Annual report");
        assertThat(review.cell(TaskCsv.COLUMNS.indexOf("area"))).isEqualTo("Work");
        assertThat(review.cell(TaskCsv.COLUMNS.indexOf("blocked_by"))).isEqualTo(ids.get("draft").toString());
        assertThat(byId.get(ids.get("water").toString()).cell(1)).isEqualTo("'=Water the plants");
        assertThat(byId.get(ids.get("gone").toString()).cell(TaskCsv.COLUMNS.indexOf("deleted_at"))).isEqualTo("2026-11-28T11:00:00Z");
    }

    @Test
    void a_csv_export_imports_back_with_subtasks_links_and_formula_safe_titles() throws Exception {
        adasData();
        var csv = transfer.exportCsv();
        fixtures.signIn("bob@example.com");

        var summary = transfer.importFile("tasks.csv", csv.content(), null);

        assertThat(summary.format()).isEqualTo(ImportFormat.HELMSMAN_CSV);
        assertThat(summary.subtasks()).isEqualTo(2);
        assertThat(summary.dependencies()).isEqualTo(1);
        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);
        assertThat(backup.tasks()).extracting(Backup.Task::title).contains("=Water the plants", "Call mom, about \"Sunday\"");
        assertThat(backup.tasks()).allSatisfy(t -> assertThat(t.source()).isEqualTo(Source.IMPORT));
        assertThat(backup.projects()).extracting(Backup.Project::name).containsExactlyInAnyOrder("Annual report", "Old stuff");
    }

    @Test
    void the_calendar_export_writes_folded_escaped_vtodos_in_utc_without_the_trash() {
        var ids = adasData();
        fixtures.timeZone(ada, "Europe/Berlin");
        var longTitle = "A very long task title with ümlauts and emoji 🎉 that certainly needs folding across more than one line of the file";
        tasks.create(TaskDraft.titled(longTitle));
        var file = transfer.exportCalendar();
        var ics = new String(file.content(), StandardCharsets.UTF_8);

        assertThat(file.contentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VTODO", -1)).hasSize(10); // 9 tasks, one trashed, one added
        assertThat(ics).doesNotContain(ids.get("gone").toString());
        assertThat(ics).contains("UID:" + ids.get("call") + "@helmsman\r\n");
        assertThat(ics).contains("SUMMARY:Call mom\\, about \"Sunday\"\r\n").contains("DESCRIPTION:bring:\\n- cake\\n- flowers\r\n");
        assertThat(ics).contains("DTSTART:20261129T140000Z\r\n").contains("DUE:20261203T230000Z\r\n").contains("PRIORITY:1\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261130\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n");
        assertThat(ics).contains("STATUS:COMPLETED\r\nCOMPLETED:20261128T110000Z\r\n");
        assertThat(ics).contains("CATEGORIES:family,phone\r\n").contains("RELATED-TO;RELTYPE=PARENT:" + ids.get("draft") + "@helmsman");
        for (var line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + longTitle + "\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void a_todoist_export_becomes_a_project_with_subtasks_tags_priorities_dates_and_repeats() throws Exception {
        var name = "Home renovation [2203306141].csv";
        var data = Files.readAllBytes(Path.of("src/test/resources/import", name));

        var preview = transfer.preview(name, data, null);
        assertThat(preview.format()).isEqualTo(ImportFormat.TODOIST_CSV);
        assertThat(JSON.readValue(transfer.exportJson().content(), Backup.class).tasks()).as("a preview saves nothing").isEmpty();
        var summary = transfer.importFile(name, data, null);

        assertThat(summary).isEqualTo(preview);
        assertThat(summary.tasks()).isEqualTo(7);
        assertThat(summary.subtasks()).isEqualTo(3);
        assertThat(summary.newProjects()).isEqualTo(1);
        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);
        assertThat(backup.projects()).extracting(Backup.Project::name).containsExactly("Home renovation");
        var byTitle = new HashMap<String, Backup.Task>();
        backup.tasks().forEach(t -> byTitle.put(t.title(), t));
        var quotes = byTitle.get("Get three quotes for the kitchen");
        assertThat(quotes.priority()).isEqualTo(1);
        assertThat(quotes.tags()).containsExactlyInAnyOrder("calls", "errands");
        assertThat(quotes.doDate()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(quotes.estimateMinutes()).isEqualTo(30);
        assertThat(quotes.softDeadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(quotes.notes()).startsWith("Ask about lead times");
        assertThat(quotes.source()).isEqualTo(Source.IMPORT);
        assertThat(byTitle.get("Call Kowalski Ltd").parentId()).isEqualTo(quotes.id());
        assertThat(byTitle.get("Call Kowalski Ltd").priority()).isEqualTo(2);
        assertThat(byTitle.get("Call Brightline Kitchens").notes()).isEqualTo("They close at 4pm on Fridays");
        assertThat(byTitle.get("Call Brightline Kitchens").priority()).isEqualTo(4);
        assertThat(byTitle.get("Water the plants").recurrenceRule()).contains("FREQ=WEEKLY").contains("BYDAY=MO");
        assertThat(byTitle.get("Pick colours for the hall").tags()).containsExactly("Paint");
        assertThat(byTitle.get("Pick colours for the hall").doDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(byTitle.get("Pick colours for the hall").estimateMinutes()).isEqualTo(2 * 24 * 60);
        assertThat(byTitle.get("Pick colours for the hall").notes()).isEqualTo("\"Warm grey\" or \"sage\"?");
        assertThat(byTitle.get("Buy rollers and tape").parentId()).isEqualTo(byTitle.get("Pick colours for the hall").id());
        assertThat(byTitle.get("Buy rollers and tape").tags()).containsExactlyInAnyOrder("errands", "Paint");
        assertThat(byTitle.get("Clean the brushes").recurrenceMode()).isEqualTo(RecurrenceMode.AFTER_COMPLETION);
    }

    @Test
    void a_bad_row_rejects_the_whole_file_with_its_line_and_reason_and_nothing_is_imported() throws Exception {
        projects.createProject(ProjectDraft.named("Errands"));
        var csv = """
                title,priority,project,tags
                Buy stamps,2,Errands,post
                "Return the parcel
                before Friday",1,Errands,post
                Renew passport,7,New project,admin
                ,3,,
                """;

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), ImportFormat.HELMSMAN_CSV))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(5, "The priority must be 1 (highest) to 4, not 7."),
                        new ImportProblem(6, "The task has no title.")));

        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);
        assertThat(backup.tasks()).isEmpty();
        assertThat(backup.tags()).isEmpty();
        assertThat(backup.projects()).extracting(Backup.Project::name).containsExactly("Errands");
    }

    @Test
    void a_csv_import_matches_projects_and_tags_by_name_and_links_rows_by_their_ids() throws Exception {
        var errands = projects.createProject(ProjectDraft.named("Errands"));
        projects.createTag("Post");
        var csv = """
                id,title,project,tags,parent_id,blocked_by,status,do_date,do_time
                a,Send the parcel,errands,post urgent,,b,,2026-12-01,09:30
                b,Buy a box,Errands,,,,done,,
                c,Tape it shut,,,a,,in progress,,
                """;

        var summary = transfer.importFile(null, csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(summary.matchedProjects()).isEqualTo(1);
        assertThat(summary.newProjects()).isZero();
        assertThat(summary.newTags()).isEqualTo(1);
        assertThat(summary.describe()).isEqualTo("3 tasks (1 subtask), 1 already done, 1 \"waits for\" link, 1 existing project, 1 new tag.");
        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);
        assertThat(backup.projects()).hasSize(1);
        assertThat(backup.tags()).extracting(Backup.Tag::name).containsExactly("Post", "urgent");
        var byTitle = new HashMap<String, Backup.Task>();
        backup.tasks().forEach(t -> byTitle.put(t.title(), t));
        var send = byTitle.get("Send the parcel");
        assertThat(send.projectId()).isEqualTo(errands.id().toString());
        assertThat(send.tags()).containsExactly("Post", "urgent");
        assertThat(send.blockedBy()).containsExactly(byTitle.get("Buy a box").id());
        assertThat(send.doTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(byTitle.get("Buy a box").status()).isEqualTo(Status.DONE);
        assertThat(byTitle.get("Buy a box").completedAt()).isEqualTo(clock.instant());
        assertThat(byTitle.get("Tape it shut").parentId()).isEqualTo(send.id());
        assertThat(byTitle.get("Tape it shut").projectId()).as("a subtask lives in its parent's project").isEqualTo(errands.id().toString());
        assertThat(byTitle.get("Tape it shut").status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void an_unknown_csv_column_is_named_with_the_columns_there_are() {
        var csv = "title,due\nCall the bank,Friday\n";

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::describe)
                        .containsExactly("Line 1: Unknown column \"due\". The columns are: " + String.join(", ", TaskCsv.COLUMNS) + "."));
    }

    @Test
    void circles_of_waiting_tasks_and_unknown_references_are_named() {
        var csv = """
                id,title,blocked_by,parent_id
                1,Wash,2,
                2,Dry,3,
                3,Fold,1,
                4,Iron,,99
                """;

        assertThatThrownBy(() -> transfer.importFile(null, csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                        "Line 4: These tasks wait for each other in a circle: \"Wash\" waits for \"Dry\" waits for \"Fold\" waits for \"Wash\".",
                        "Line 5: The parent \"99\" is not the id of a task in the file."));
    }

    @Test
    void a_damaged_json_file_is_rejected_with_its_line() {
        var json = """
                {
                  "format": "helmsman",
                  "version": 1,
                  "tasks": [
                    { "id": "1", "title": "Fine" },
                    { "id": "2", "title": "Bad status", "status": "MAYBE" },
                    { "id": "3", "title": "Typo", "priorty": 2 }
                  ]
                }
                """;

        assertThatThrownBy(() -> transfer.importFile("backup.json", json.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                        "Line 6: The task's \"status\" cannot be \"MAYBE\" (use one of TODO, IN_PROGRESS, BLOCKED, DONE).",
                        "Line 7: A task has a field Helmsman does not know: \"priorty\"."));
        assertThatThrownBy(() -> transfer.importFile("backup.json", "{\"format\": \"helmsman\", \"version\": 2}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("format version 2");
    }

    @Test
    void files_over_ten_megabytes_are_refused_before_they_are_read() {
        var big = new byte[TaskTransferService.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'x');

        assertThatThrownBy(() -> transfer.importFile("big.csv", big, null)).isInstanceOf(ImportRejectedException.class)
                .hasMessage("The file is 10.0 MB; Helmsman imports files of up to 10.0 MB. Split it into smaller files.");
    }

    @Test
    void more_than_twenty_thousand_tasks_are_refused_and_none_imported() throws Exception {
        var csv = new StringBuilder("title\n");
        for (int i = 0; i <= TaskTransferService.MAX_TASKS; i++) {
            csv.append("Task ").append(i).append('\n');
        }

        assertThatThrownBy(() -> transfer.importFile("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("The file has 20001 tasks; Helmsman imports up to 20000 at once. Split it into smaller files.");
        assertThat(JSON.readValue(transfer.exportJson().content(), Backup.class).tasks()).isEmpty();
    }

    @Test
    void five_thousand_tasks_import_in_one_go() throws Exception {
        var csv = new StringBuilder("id,title,project,tags,parent_id,priority\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i).append(",Task ").append(i).append(",Project ").append(i % 20).append(",tag").append(i % 50).append(' ').append("bulk")
                    .append(',').append(i % 10 == 9 ? String.valueOf(i - 1) : "").append(',').append(1 + i % 4).append('\n');
        }
        events.clear();
        long started = System.nanoTime();

        var summary = transfer.importFile("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);

        System.out.printf("TaskTransferIT: imported 5,000 tasks in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(summary.tasks()).isEqualTo(5000);
        assertThat(summary.subtasks()).isEqualTo(500);
        assertThat(summary.newProjects()).isEqualTo(20);
        assertThat(summary.newTags()).isEqualTo(51);
        var backup = JSON.readValue(transfer.exportJson().content(), Backup.class);
        assertThat(backup.tasks()).hasSize(5000);
        assertThat(backup.tasks()).extracting(Backup.Task::title).startsWith("Task 0", "Task 1", "Task 2");
        assertThat(events.stream(TasksImported.class)).hasSize(1);
    }

    private static Backup.Task task(Backup backup, UUID id) {
        return backup.tasks().stream().filter(t -> t.id().equals(id.toString())).findFirst().orElseThrow();
    }

    /** The backup with ids replaced by their order in the file and positions by ranks; exportedAt dropped. */
    private static Backup withoutIds(Backup backup) {
        var names = new HashMap<String, String>();
        for (int i = 0; i < backup.areas().size(); i++) {
            names.put(backup.areas().get(i).id(), "area " + i);
        }
        for (int i = 0; i < backup.projects().size(); i++) {
            names.put(backup.projects().get(i).id(), "project " + i);
        }
        for (int i = 0; i < backup.tasks().size(); i++) {
            names.put(backup.tasks().get(i).id(), "task " + i);
        }
        var series = new HashMap<String, String>();
        var areas = new ArrayList<Backup.Area>();
        for (int i = 0; i < backup.areas().size(); i++) {
            var a = backup.areas().get(i);
            areas.add(new Backup.Area(names.get(a.id()), a.name(), i, a.createdAt()));
        }
        var projectList = new ArrayList<Backup.Project>();
        for (int i = 0; i < backup.projects().size(); i++) {
            var p = backup.projects().get(i);
            projectList.add(new Backup.Project(names.get(p.id()), names.get(p.areaId()), p.name(), p.colour(), p.archived(), i, p.createdAt()));
        }
        var taskList = new ArrayList<Backup.Task>();
        for (int i = 0; i < backup.tasks().size(); i++) {
            var t = backup.tasks().get(i);
            taskList.add(new Backup.Task(names.get(t.id()), t.title(), t.notes(), t.status(), t.energy(), t.focus(), t.estimateMinutes(),
                    t.actualMinutes(), t.priority(), t.doDate(), t.doTime(), t.softDeadline(), t.hardDeadline(), t.source(), names.get(t.projectId()),
                    names.get(t.parentId()), t.tags(), t.blockedBy().stream().map(names::get).toList(), i, t.createdAt(), t.completedAt(),
                    t.deletedAt(), t.recurrenceRule(), t.recurrenceMode(), t.recurrenceStart(),
                    t.seriesId() == null ? null : series.computeIfAbsent(t.seriesId(), k -> "series " + series.size()), t.occurrenceDate()));
        }
        return new Backup(backup.format(), backup.version(), null, areas, projectList, backup.tags(), taskList);
    }
}
