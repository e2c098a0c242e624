package app.helmsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.AccountValidationException;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.accounts.UserSettings;
import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.AssistTasks;
import app.helmsman.assist.BrainDumpDrafts;
import app.helmsman.tasks.ImportRejectedException;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTransferService;
import app.helmsman.tasks.TaskUndoService;
import app.helmsman.tasks.TaskValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, "every input has a server-side bound": each entry point that takes text, dates, lists or files gets the
 * oversize (or NUL-bearing) input and answers with its documented validation exception and a human message, never a
 * database error, and saves nothing. The cap on tasks per account (default 50,000) holds on every path that creates
 * tasks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputBoundsIT {

    static final String NUL = "\u0000";
    static final int DEFAULT_CAP = 50_000;

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService lists;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskUndoService undo;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    AssistTasks assistTasks;
    @Autowired
    BrainDumpDrafts drafts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    UUID ada;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    /** Each entry point with an input over one of its bounds; each must be refused with a TaskValidationException. */
    Stream<Arguments> oversizeInputs() {
        var longText = "word ".repeat(70_000);
        var manyTags = IntStream.rangeClosed(1, 51).mapToObj(i -> "tag" + i).toArray(String[]::new);
        return Stream.of(
                entry("create: a title over 500 characters", () -> tasks.create(TaskDraft.titled("x".repeat(501)))),
                entry("create: notes over 20,000 characters", () -> tasks.create(TaskDraft.titled("Notes").withNotes("x".repeat(20_001)))),
                entry("create: NUL in the title (quick add saves through create)", () -> tasks.create(TaskDraft.titled("Buy" + NUL + "milk"))),
                entry("create: NUL in the notes", () -> tasks.create(TaskDraft.titled("Notes").withNotes("a" + NUL))),
                entry("create: NUL in a tag", () -> tasks.create(TaskDraft.titled("Tagged").withTags("to" + NUL + "do"))),
                entry("create: 51 tags", () -> tasks.create(TaskDraft.titled("Tagged").withTags(manyTags))),
                entry("create: a do date in year 1800", () -> tasks.create(TaskDraft.titled("Old").withDoDate(LocalDate.of(1800, 1, 1)))),
                entry("create: a hard deadline in year 9999", () -> tasks.create(TaskDraft.titled("Far").withDeadlines(null, LocalDate.of(9999, 1, 1)))),
                prepared("update: NUL in the title", () -> {
                    var task = tasks.create(TaskDraft.titled("Fine"));
                    return () -> tasks.update(task.id(), task.version(), task.toChange().withTitle("Not" + NUL + "fine"));
                }),
                prepared("update: a soft deadline in year 2500", () -> {
                    var task = tasks.create(TaskDraft.titled("Fine"));
                    return () -> tasks.update(task.id(), task.version(), task.toChange().withDeadlines(LocalDate.of(2500, 1, 1), null));
                }),
                entry("search: 70,000 words", () -> lists.search(TaskSearch.text(longText), PageRequest.of(0, 50))),
                entry("search: 201 characters", () -> lists.search(TaskSearch.text("x".repeat(201)), PageRequest.of(0, 50))),
                entry("search: NUL", () -> lists.search(TaskSearch.text("milk" + NUL), PageRequest.of(0, 50))),
                entry("project: NUL in the name", () -> projects.createProject(ProjectDraft.named("Gar" + NUL + "den"))),
                entry("project: a name over the limit", () -> projects.createProject(ProjectDraft.named("x".repeat(1_000)))),
                entry("area: NUL in the name", () -> projects.createArea("Ho" + NUL + "me")),
                entry("tag: NUL in the name", () -> projects.createTag("la" + NUL + "ter")),
                entry("brain dump save: NUL in an accepted title", () -> assistTasks.saveFromBrainDump(List.of(AcceptedTask.titled("Call" + NUL + "mum")))),
                prepared("breakdown: NUL in a step", () -> {
                    var parent = tasks.create(TaskDraft.titled("Plan trip"));
                    return () -> assistTasks.addSubtasks(parent.id(), List.of("Book" + NUL + "train", "Pack"));
                }),
                entry("brain dump save: 101 tasks", () -> assistTasks.saveFromBrainDump(IntStream.rangeClosed(1, 101)
                        .mapToObj(i -> AcceptedTask.titled("Task " + i)).toList())),
                prepared("breakdown: 21 steps", () -> {
                    var parent = tasks.create(TaskDraft.titled("Plan trip"));
                    return () -> assistTasks.addSubtasks(parent.id(), IntStream.rangeClosed(1, 21).mapToObj(i -> "Step " + i).toList());
                }),
                prepared("dependencies: a 101st task to wait for", () -> {
                    var task = tasks.create(TaskDraft.titled("Waits a lot"));
                    for (int i = 0; i < 100; i++) {
                        dependencies.addDependency(task.id(), tasks.create(TaskDraft.titled("Blocker " + i)).id());
                    }
                    var oneTooMany = tasks.create(TaskDraft.titled("One too many")).id();
                    return () -> dependencies.addDependency(task.id(), oneTooMany);
                }),
                entry("undo snapshot: 1,001 ids", () -> {
                    var ids = new ArrayList<UUID>();
                    for (int i = 0; i < 1_001; i++) {
                        ids.add(UUID.randomUUID());
                    }
                    undo.snapshot(ids);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizeInputs")
    void an_input_over_its_bound_is_refused_with_a_message_and_saves_nothing(Supplier<ThrowingCallable> prepare) {
        var call = prepare.get();
        var before = taskCount();
        var dependencies = jdbc.queryForObject("select count(*) from task_dependencies", Integer.class);

        assertThatThrownBy(call).isInstanceOf(TaskValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("SQL", "Exception", "org."));

        assertThat(taskCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from task_dependencies", Integer.class)).isEqualTo(dependencies);
    }

    @Test
    void a_display_name_with_nul_is_refused_with_a_message_at_sign_up_and_in_settings() {
        assertThatThrownBy(() -> accounts.signUp(new SignUpForm("eve@example.com", "E" + NUL + "ve", "a long enough passphrase 1")))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> assertThat(e.getMessage()).contains("NUL"));
        var settings = accounts.settings();

        assertThatThrownBy(() -> accounts.saveSettings(new UserSettings("A" + NUL + "da", settings.timeZone(), settings.appearance(),
                settings.workStart(), settings.workEnd(), settings.energyPeak())))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> assertThat(e.getMessage()).contains("NUL"));
        assertThat(accounts.settings().displayName()).isEqualTo(settings.displayName());
    }

    @Test
    void a_refused_brain_dump_saves_none_of_its_tasks() {
        assertThatThrownBy(() -> assistTasks.saveFromBrainDump(List.of(AcceptedTask.titled("Fine"), AcceptedTask.titled("Not" + NUL))))
                .isInstanceOf(TaskValidationException.class);

        assertThat(taskCount()).isZero();
    }

    @Test
    void a_brain_dump_draft_with_nul_is_kept_without_it() {
        drafts.save("call mum" + NUL + " tomorrow");

        assertThat(drafts.load()).contains("call mum tomorrow");
    }

    @Test
    void an_import_with_nul_in_a_csv_cell_is_refused_with_its_line() {
        var csv = "title,notes\nFine,ok\nBad" + NUL + "title,x\n";

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().getFirst().line()).isEqualTo(3);
                    assertThat(e.problems().getFirst().describe()).contains("NUL");
                });
        assertThat(taskCount()).isZero();
    }

    @Test
    void an_import_with_an_escaped_nul_in_a_json_string_is_refused_with_its_line() {
        var json = "{\"format\":\"helmsman\",\"version\":1,\n\"tasks\":[{\"id\":\"a\",\"title\":\"Bad\\u0000title\"}]}";

        assertThatThrownBy(() -> transfer.importFile("backup.json", json.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst().line()).isEqualTo(2));
        assertThat(taskCount()).isZero();
    }

    @Test
    void an_import_with_a_do_date_in_year_1_is_refused() {
        var csv = "title,do_date\nAncient,0001-01-01\n";

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst().describe()).contains("1900"));
        assertThat(taskCount()).isZero();
    }

    @Test
    void creating_a_task_at_the_cap_is_refused_with_a_message() {
        fill(DEFAULT_CAP);

        assertThatThrownBy(() -> tasks.create(TaskDraft.titled("One more")))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.getMessage()).contains("50,000"));
        assertThatThrownBy(() -> assistTasks.saveFromBrainDump(List.of(AcceptedTask.titled("From a dump"))))
                .isInstanceOf(TaskValidationException.class);
        assertThat(taskCount()).isEqualTo(DEFAULT_CAP);
    }

    @Test
    void an_import_that_would_pass_the_cap_is_refused_as_a_whole() {
        fill(DEFAULT_CAP - 1);
        var csv = "title\nFirst\nSecond\n";

        assertThatThrownBy(() -> transfer.importFile("tasks.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst().describe()).contains("50,000"));
        assertThat(taskCount()).isEqualTo(DEFAULT_CAP - 1);
    }

    @Test
    void completing_a_repeating_task_at_the_cap_creates_no_next_instance() {
        var monday = LocalDate.of(2026, 11, 30);
        var task = tasks.create(TaskDraft.titled("Team sync").withDoDate(monday).repeating("FREQ=WEEKLY;BYDAY=MO", RecurrenceMode.FIXED));
        fill(DEFAULT_CAP);

        var completion = tasks.complete(task.id(), null);

        assertThat(completion.nextInstance()).isEmpty();
        assertThat(taskCount()).isEqualTo(DEFAULT_CAP);
    }

    /** Gives Ada tasks until she owns {@code total}. */
    private void fill(int total) {
        jdbc.update("""
                insert into tasks (id, owner_id, title, status, priority, source, position, created_at, version)
                select gen_random_uuid(), ?, 'Filler ' || n, 'TODO', 4, 'MANUAL', nextval('task_position_seq'), now(), 0
                from generate_series(1, ?) n""", ada, total - taskCount());
    }

    private int taskCount() {
        return jdbc.queryForObject("select count(*) from tasks where owner_id = ?", Integer.class, ada);
    }

    /** An entry point called with nothing to set up first. */
    private static Arguments entry(String name, ThrowingCallable call) {
        return prepared(name, () -> call);
    }

    /** An entry point whose set-up (creating the tasks it works on) runs before the counts are taken. */
    private static Arguments prepared(String name, Supplier<ThrowingCallable> prepare) {
        return Arguments.of(Named.of(name, prepare));
    }
}
