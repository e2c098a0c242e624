package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskListService;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class QuickAddViewTest extends KaribuTest {

    @Autowired
    TestClock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;
    @Autowired
    ProjectService projects;

    QuickAddDialog dialog;

    @BeforeEach
    void openQuickAdd() {
        var user = fixtures.user("ada@example.com");
        // Thursday 3 December 2026, 22:30 in New York, which is already Friday in UTC
        fixtures.timeZone(user, "America/New_York");
        clock.set(Instant.parse("2026-12-04T03:30:00Z"));
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        press(UI.getCurrent(), "q");
        dialog = _get(QuickAddDialog.class);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void typing_shows_what_was_recognised_as_chips_with_dates_in_the_persons_time_zone() {
        setValue(dialog.line(), "Call mom tomorrow 3pm ~15m !1 #family +Home @low");

        assertThat(chipLabels()).containsExactly("Tomorrow, Fri 4 Dec ×", "3:00 PM ×", "~15 min ×", "Priority 1 ×", "#family ×", "Project Home ×", "Low energy ×");
        assertThat(dialog.parsed().doDate()).contains(LocalDate.of(2026, 12, 4));
        assertThat(dialog.parsed().title()).isEqualTo("Call mom");
    }

    @Test
    void deadlines_and_recurrence_show_as_chips_too() {
        setValue(dialog.line(), "Water plants every Monday due Friday");

        assertThat(chipLabels()).anySatisfy(l -> assertThat(l).startsWith("Every Mon"));
        assertThat(chipLabels()).anySatisfy(l -> assertThat(l).startsWith("Due "));
    }

    @Test
    void dismissing_a_chip_keeps_its_words_in_the_title() {
        setValue(dialog.line(), "Read book tomorrow ~15m");

        chip("~15 min").click();

        assertThat(chipLabels()).noneMatch(l -> l.startsWith("~15"));
        assertThat(dialog.parsed().title()).isEqualTo("Read book ~15m");
        assertThat(Announcer.lastMessage(UI.getCurrent())).contains("stays in the title");
        ShortcutsKt._fireShortcut(_get(QuickAddDialog.class).line(), Key.ENTER); // Enter in the line (only there it saves)

        var saved = onlyTask();
        assertThat(saved.title()).isEqualTo("Read book ~15m");
        assertThat(saved.estimateMinutes()).isNull();
        assertThat(saved.doDate()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void a_dismissal_survives_typing_more_at_the_end() {
        setValue(dialog.line(), "Plan for tomorrow");
        chip("Tomorrow").click();

        setValue(dialog.line(), "Plan for tomorrow !2");

        assertThat(dialog.parsed().title()).isEqualTo("Plan for tomorrow");
        assertThat(chipLabels()).containsExactly("Priority 2 ×");
    }

    @Test
    void quoted_text_is_never_parsed() {
        setValue(dialog.line(), "\"Review May report tomorrow\" !2");

        assertThat(chipLabels()).containsExactly("Priority 2 ×");
        assertThat(dialog.parsed().title()).isEqualTo("Review May report tomorrow");
    }

    @Test
    void enter_saves_the_task_with_every_recognised_field_and_announces_it() {
        projects.createProject(ProjectDraft.named("Home"));
        setValue(dialog.line(), "Call mom tomorrow 3pm ~15m !1 #family +home @low");

        ShortcutsKt._fireShortcut(_get(QuickAddDialog.class).line(), Key.ENTER); // Enter in the line (only there it saves)

        var saved = onlyTask();
        assertThat(saved.title()).isEqualTo("Call mom");
        assertThat(saved.doDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(saved.doTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(saved.estimateMinutes()).isEqualTo(15);
        assertThat(saved.priority()).isEqualTo(1);
        assertThat(saved.tags()).containsExactly("family");
        assertThat(saved.energy()).isEqualTo(Energy.LOW);
        assertThat(projects.project(saved.projectId()).name()).isEqualTo("Home");
        assertThat(projects.projects(true)).hasSize(1);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(Announcer.lastMessage(UI.getCurrent()).strip()).isEqualTo("Task added to Home: Call mom. It is not in this view.");
    }

    @Test
    void an_unknown_project_is_named_before_saving_and_created_on_enter() {
        setValue(dialog.line(), "Fix tap +Plumbing");

        assertThat(dialog.getElement().getTextRecursively()).contains("There is no project \u201cPlumbing\u201d yet: Enter creates it.");
        ShortcutsKt._fireShortcut(_get(QuickAddDialog.class).line(), Key.ENTER); // Enter in the line (only there it saves)

        assertThat(projects.project(onlyTask().projectId()).name()).isEqualTo("Plumbing");
    }

    @Test
    void new_tags_are_named_before_saving() {
        setValue(dialog.line(), "Stretch #health");

        assertThat(dialog.getElement().getTextRecursively()).contains("New tag #health will be created.");
    }

    @Test
    void saving_fires_a_same_window_change_so_lists_refresh() {
        var changed = new java.util.ArrayList<Set<UUID>>();
        TasksChangedHere.listen(UI.getCurrent(), changed::add);
        setValue(dialog.line(), "Pay rent");

        _get(dialog, Button.class, spec -> spec.withText("Add task")).click();

        assertThat(changed).containsExactly(Set.of(onlyTask().id()));
    }

    @Test
    void an_empty_title_is_refused_with_a_message_and_the_text_is_kept() {
        setValue(dialog.line(), "tomorrow !1");

        ShortcutsKt._fireShortcut(_get(QuickAddDialog.class).line(), Key.ENTER); // Enter in the line (only there it saves)

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.line().isInvalid()).isTrue();
        assertThat(dialog.line().getErrorMessage()).contains("title");
        assertThat(dialog.line().getValue()).isEqualTo("tomorrow !1");
        assertThat(taskLists.search(TaskSearch.text(""), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void a_title_over_the_limit_after_a_new_project_is_refused_and_leaves_no_orphan_project() {
        var tooLong = "word ".repeat(app.helmsman.tasks.TaskDraft.TITLE_MAX_LENGTH / 5 + 1).strip();
        setValue(dialog.line(), tooLong + " +Plumbing");

        ShortcutsKt._fireShortcut(_get(QuickAddDialog.class).line(), Key.ENTER); // Enter in the line (only there it saves)

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.line().isInvalid()).isTrue();
        assertThat(dialog.line().getValue()).isEqualTo(tooLong + " +Plumbing");
        assertThat(projects.projects(true)).isEmpty();
        assertThat(taskLists.search(TaskSearch.text(""), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void escape_closes_without_saving() {
        setValue(dialog.line(), "Something");

        ShortcutsKt.fireShortcut(Key.ESCAPE);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(QuickAddDialog.class)).isEmpty();
        assertThat(taskLists.search(TaskSearch.text(""), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    private List<String> chipLabels() {
        return _find(dialog, Button.class, spec -> spec.withClasses("hm-chip")).stream().map(Button::getText).toList();
    }

    private Button chip(String startsWith) {
        return _find(dialog, Button.class, spec -> spec.withClasses("hm-chip")).stream()
                .filter(b -> b.getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    private TaskDetails onlyTask() {
        var all = taskLists.search(TaskSearch.text(""), PageRequest.of(0, 10)).getContent();
        assertThat(all).hasSize(1);
        return tasks.get(all.getFirst().id());
    }
}
