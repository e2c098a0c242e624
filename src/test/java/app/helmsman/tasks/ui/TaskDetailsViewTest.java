package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.RecurrenceMode;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDetails;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskRef;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskDependencyService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskDetailsViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskListService taskLists;
    @Autowired
    ProjectService projects;

    TaskDetails task;
    TaskDetailsDialog dialog;
    int closed;

    @BeforeEach
    void openDetails() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        task = tasks.create(TaskDraft.titled("Write report").withPriority(3).withTags("work"));
        dialog = open(task.id());
    }

    @Test
    void every_field_of_the_task_is_shown() {
        assertThat(dialog.core.title.getValue()).isEqualTo("Write report");
        assertThat(dialog.core.title.getMaxLength()).isEqualTo(TaskDraft.TITLE_MAX_LENGTH);
        assertThat(dialog.core.status.getValue()).isEqualTo(Status.TODO);
        assertThat(dialog.core.priority.getValue()).isEqualTo(3);
        assertThat(dialog.links.tags.getValue()).containsExactly("work");
        assertThat(dialog.links.project.getValue()).isNull();
        assertThat(dialog.repeat.rule.getHelperText()).isEqualTo("Does not repeat");
        assertThat(dialog.subtasks.progress.getText()).isEqualTo("No subtasks yet.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_title_edit_is_saved_at_once_and_says_saved_visibly_and_to_screen_readers() {
        var changed = new ArrayList<Set<UUID>>();
        TasksChangedHere.listen(UI.getCurrent(), changed::add);

        setValue(dialog.core.title, "Write the annual report");

        assertThat(stored().title()).isEqualTo("Write the annual report");
        assertThat(dialog.saveState.getText()).isEqualTo("Saved");
        assertThat(dialog.saveState.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Saved");
        assertThat(changed).containsExactly(Set.of(task.id()));
    }

    @Test
    void notes_status_priority_energy_and_focus_are_saved() {
        setValue(dialog.core.notes, "Figures from finance first");
        setValue(dialog.core.status, Status.IN_PROGRESS);
        setValue(dialog.core.priority, 1);
        setValue(dialog.core.energy, Energy.HIGH);
        setValue(dialog.core.focus, FocusType.TECHNICAL);

        var now = stored();
        assertThat(now.notes()).isEqualTo("Figures from finance first");
        assertThat(now.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(now.priority()).isEqualTo(1);
        assertThat(now.energy()).isEqualTo(Energy.HIGH);
        assertThat(now.focus()).isEqualTo(FocusType.TECHNICAL);
    }

    @Test
    void dates_time_deadlines_and_minutes_are_saved() {
        setValue(dialog.schedule.doDate, LocalDate.of(2026, 12, 10));
        setValue(dialog.schedule.doTime, LocalTime.of(9, 30));
        setValue(dialog.schedule.softDeadline, LocalDate.of(2026, 12, 12));
        setValue(dialog.schedule.hardDeadline, LocalDate.of(2026, 12, 15));
        setValue(dialog.schedule.estimate, "1h30");
        setValue(dialog.schedule.actual, "45");

        var now = stored();
        assertThat(now.doDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(now.doTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(now.softDeadline()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(now.hardDeadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(now.estimateMinutes()).isEqualTo(90);
        assertThat(now.actualMinutes()).isEqualTo(45);
    }

    @Test
    void a_time_without_a_do_date_is_explained_next_to_the_field() {
        setValue(dialog.schedule.doTime, LocalTime.of(9, 30));

        assertThat(dialog.schedule.doTime.isInvalid()).isTrue();
        assertThat(dialog.schedule.doTime.getErrorMessage()).contains("do date first");
        assertThat(stored().doTime()).isNull();
    }

    @Test
    void a_repeat_rule_is_saved_with_its_mode_and_summarised_in_words() {
        setValue(dialog.repeat.rule, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
        setValue(dialog.repeat.mode, RecurrenceMode.AFTER_COMPLETION);

        var now = stored();
        assertThat(now.recurrenceRule()).contains("FREQ=WEEKLY").contains("BYDAY=MO,TH");
        assertThat(now.recurrenceMode()).isEqualTo(RecurrenceMode.AFTER_COMPLETION);
        assertThat(dialog.repeat.rule.getHelperText()).isEqualTo("Every other week on Monday and Thursday");
    }

    @Test
    void a_rule_that_never_happens_is_explained_next_to_the_rule_and_what_was_typed_stays() {
        setValue(dialog.repeat.rule, "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30");

        assertThat(dialog.repeat.rule.isInvalid()).isTrue();
        assertThat(dialog.repeat.rule.getErrorMessage()).isEqualTo("This rule never happens: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30");
        assertThat(dialog.repeat.rule.getValue()).isEqualTo("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30");
        assertThat(stored().recurrenceRule()).isNull();
    }

    @Test
    void making_a_task_planned_for_year_minus_one_repeat_is_explained_next_to_the_do_date() {
        setValue(dialog.schedule.doDate, LocalDate.of(-1, 1, 1));
        setValue(dialog.repeat.rule, "FREQ=DAILY");

        assertThat(dialog.schedule.doDate.isInvalid()).isTrue();
        // the do date itself is refused first (every date 1900-2200); a series start is held to the same range
        assertThat(dialog.schedule.doDate.getErrorMessage()).contains("between 1900 and 2200");
        assertThat(dialog.repeat.rule.getValue()).isEqualTo("FREQ=DAILY");
        // year -1 never reaches the database: the series starts on a day in range (today), never in year -1
        assertThat(stored().doDate().getYear()).isBetween(1900, 2200);
    }

    @Test
    void tags_are_saved_and_a_new_tag_is_created_inline() {
        ComponentUtil.fireEvent(dialog.links.tags, new ComboBoxBase.CustomValueSetEvent<>(dialog.links.tags, true, "errands"));

        assertThat(stored().tags()).containsExactlyInAnyOrder("work", "errands");
        assertThat(projects.tags()).extracting(t -> t.name()).contains("errands");

        setValue(dialog.links.tags, Set.of("errands"));
        assertThat(stored().tags()).containsExactly("errands");
    }

    @Test
    void the_project_and_the_parent_are_changed() {
        var home = projects.createProject(ProjectDraft.named("Home"));
        var parent = tasks.create(TaskDraft.titled("Quarter close"));
        dialog.close();
        dialog = open(task.id());

        setValue(dialog.links.project, dialog.links.project.getListDataView().getItems().filter(p -> p.id().equals(home.id())).findFirst().orElseThrow());
        assertThat(stored().projectId()).isEqualTo(home.id());

        setValue(dialog.links.parent, new TaskRef(parent.id(), parent.title(), parent.status()));
        assertThat(stored().parentId()).isEqualTo(parent.id());
        assertThat(dialog.saveState.getText()).isEqualTo("Saved");
    }

    @Test
    void blocked_by_is_added_and_removed() {
        var blocker = tasks.create(TaskDraft.titled("Get figures"));

        setValue(dialog.dependencies.add, new TaskRef(blocker.id(), blocker.title(), blocker.status()));

        assertThat(stored().blockedBy()).extracting(TaskRef::title).containsExactly("Get figures");
        assertThat(dialog.dependencies.blockedBy.getElement().getTextRecursively()).contains("Get figures");
        assertThat(dialog.dependencies.add.getValue()).isNull();
    }

    @Test
    void a_dependency_cycle_is_refused_with_the_names_of_the_circle() {
        var other = tasks.create(TaskDraft.titled("Get figures"));
        dependencies.addDependency(other.id(), task.id());

        setValue(dialog.dependencies.add, new TaskRef(other.id(), other.title(), other.status()));

        assertThat(dialog.dependencies.add.isInvalid()).isTrue();
        assertThat(dialog.dependencies.add.getErrorMessage()).contains("'Write report' → 'Get figures' → 'Write report'");
        assertThat(dialog.saveState.getText()).startsWith("Not saved");
        assertThat(stored().blockedBy()).isEmpty();
    }

    @Test
    void subtasks_are_listed_with_progress_and_added_in_place() {
        var done = tasks.create(TaskDraft.titled("Outline").under(task.id()));
        tasks.complete(done.id(), null);
        dialog.close();
        dialog = open(task.id());
        assertThat(dialog.subtasks.progress.getText()).isEqualTo("1 of 1 done");
        // subtasks are behind "More fields"
        dialog.moreToggle.click();

        setValue(dialog.subtasks.title, "Draft section 1");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog.subtasks, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Add subtask")).click();

        assertThat(dialog.subtasks.progress.getText()).isEqualTo("1 of 2 done");
        assertThat(dialog.subtasks.list.getChildren().flatMap(com.vaadin.flow.component.Component::getChildren)
                .map(com.vaadin.flow.component.checkbox.Checkbox.class::cast).map(c -> c.getLabel() + (c.getValue() ? " (done)" : "")))
                .containsExactly("Outline (done)", "Draft section 1");
        assertThat(taskLists.subtasks(task.id())).extracting(t -> t.title()).containsExactly("Outline", "Draft section 1");
    }

    @Test
    void an_edit_saved_elsewhere_meanwhile_is_reported_and_keep_mine_saves_what_was_typed() {
        tasks.update(task.id(), task.version(), task.toChange().withTitle("Their title"));

        setValue(dialog.core.title, "My title");

        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.saveState.getText()).contains("Not saved");
        assertThat(dialog.core.title.getValue()).isEqualTo("My title");
        assertThat(stored().title()).isEqualTo("Their title");

        dialog.conflict.keepMine.click();

        assertThat(stored().title()).isEqualTo("My title");
        assertThat(dialog.conflict.isVisible()).isFalse();
        assertThat(dialog.saveState.getText()).isEqualTo("Saved");
    }

    @Test
    void take_theirs_shows_the_version_saved_elsewhere() {
        tasks.update(task.id(), task.version(), task.toChange().withTitle("Their title").withPriority(1));
        setValue(dialog.core.title, "My title");

        dialog.conflict.takeTheirs.click();

        assertThat(dialog.core.title.getValue()).isEqualTo("Their title");
        assertThat(dialog.core.priority.getValue()).isEqualTo(1);
        assertThat(stored().title()).isEqualTo("Their title");
        assertThat(dialog.conflict.isVisible()).isFalse();

        setValue(dialog.core.notes, "After the conflict");
        assertThat(stored().notes()).isEqualTo("After the conflict");
    }

    @Test
    void bad_input_gets_a_message_next_to_the_field_and_keeps_the_text() {
        setValue(dialog.schedule.estimate, "a while");
        assertThat(dialog.schedule.estimate.isInvalid()).isTrue();
        assertThat(dialog.schedule.estimate.getErrorMessage()).contains("1h30");
        assertThat(dialog.schedule.estimate.getValue()).isEqualTo("a while");

        setValue(dialog.core.title, "   ");
        assertThat(dialog.core.title.isInvalid()).isTrue();
        assertThat(dialog.core.title.getErrorMessage()).isEqualTo("Give the task a title.");

        setValue(dialog.repeat.rule, "FREQ=SOMETIMES");
        assertThat(dialog.repeat.rule.isInvalid()).isTrue();
        assertThat(dialog.repeat.rule.getValue()).isEqualTo("FREQ=SOMETIMES");

        // another field still saves, and does not wipe what is being corrected
        setValue(dialog.core.priority, 2);
        assertThat(stored().priority()).isEqualTo(2);
        assertThat(stored().title()).isEqualTo("Write report");
        assertThat(stored().estimateMinutes()).isNull();
        assertThat(dialog.core.title.getValue()).isEqualTo("   ");
        assertThat(dialog.schedule.estimate.getValue()).isEqualTo("a while");
    }

    @Test
    void closing_runs_the_callback_so_focus_goes_back() {
        dialog.close();

        assertThat(closed).isEqualTo(1);
    }

    private TaskDetailsDialog open(UUID id) {
        var editor = (TaskDetailsEditor) context.getBean(TaskEditor.class);
        editor.open(id, () -> closed++);
        return editor.current();
    }

    private TaskDetails stored() {
        return tasks.get(task.id());
    }
}
