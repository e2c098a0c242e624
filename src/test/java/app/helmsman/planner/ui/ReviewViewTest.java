package app.helmsman.planner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.TestClock;
import app.helmsman.Windows;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.planner.DayReflectionService;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTrashService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The end-of-day review on Thursday 3 December 2026, 20:00 UTC, as Ada (UTC). */
class ReviewViewTest extends KaribuTest {

    static final Instant EVENING = Instant.parse("2026-12-03T20:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    TaskService tasks;
    @Autowired
    TaskTrashService trash;
    @Autowired
    DayReflectionService reflections;
    @Autowired
    TestClock clock;
    @Autowired
    LiveUpdates live;

    UUID ada;

    @BeforeEach
    void adaInTheEvening() {
        clock.set(EVENING);
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shows_what_got_done_today_and_what_is_still_open_for_today_calmly() {
        var done = create(TaskDraft.titled("Paid rent").withDoDate(TODAY));
        clock.set(Instant.parse("2026-12-03T09:00:00Z"));
        tasks.complete(done, null);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        tasks.complete(create(TaskDraft.titled("Done yesterday")), null);
        clock.set(EVENING);
        create(TaskDraft.titled("Call mom").withDoDate(TODAY));
        create(TaskDraft.titled("Tidy desk").withDoDate(TODAY.minusDays(2)));
        create(TaskDraft.titled("Dentist").withDoDate(TODAY.plusDays(1)));

        UI.getCurrent().navigate(ReviewView.class);

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Review your day");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Done today", "Still open for today", "A line for today");
        assertThat(doneTitles()).containsExactly("Paid rent");
        assertThat(openTitles()).containsExactly("Call mom", "Tidy desk");
        assertThat(_find(row("Tidy desk"), Span.class)).extracting(Span::getText).contains("Carried over from Tue 1 Dec");
        assertThat(buttonLabels("Call mom")).containsExactly("Move 'Call mom' to tomorrow", "Move 'Call mom' to Saturday",
                "Move 'Call mom' to someday (no date)", "Move 'Call mom' to the trash");
        var page = String.join(" ", _find(Paragraph.class).stream().map(Paragraph::getText).toList()).toLowerCase();
        assertThat(page).doesNotContain("overdue").doesNotContain("fail").doesNotContainPattern("\\blate\\b");
    }

    @Test
    void the_review_is_in_the_navigation_and_so_in_the_command_palette() {
        UI.getCurrent().navigate("");

        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .anySatisfy(entry -> {
                    assertThat(entry.title()).isEqualTo("Review your day");
                    assertThat(entry.path()).endsWith("review");
                });
    }

    @Test
    void an_empty_day_says_so_kindly() {
        UI.getCurrent().navigate(ReviewView.class);

        assertThat(doneTitles()).isEmpty();
        assertThat(openTitles()).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("hm-empty-state"))).extracting(Paragraph::getText)
                .containsExactly("Nothing marked done today. Rest and small steps count too.", "Nothing is left open for today.");
    }

    @Test
    void tomorrow_moves_the_task_in_one_click_and_undo_brings_it_back() {
        var id = create(TaskDraft.titled("Call mom").withDoDate(TODAY));
        create(TaskDraft.titled("Stretch").withDoDate(TODAY));
        UI.getCurrent().navigate(ReviewView.class);

        _click(_get(row("Call mom"), Button.class, spec -> spec.withText("Tomorrow")));

        assertThat(tasks.get(id).doDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(openTitles()).containsExactly("Stretch");
        assertThat(announced()).isEqualTo("Moved 'Call mom' to tomorrow. Press Control Z to undo.");

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        assertThat(tasks.get(id).doDate()).isEqualTo(TODAY);
        assertThat(openTitles()).containsExactly("Call mom", "Stretch");
    }

    @Test
    void later_someday_and_trash_each_do_one_thing_and_trash_can_be_undone() {
        var later = create(TaskDraft.titled("Later one").withDoDate(TODAY));
        var someday = create(TaskDraft.titled("Someday one").withDoDate(TODAY));
        var trashed = create(TaskDraft.titled("Trash one").withDoDate(TODAY));
        UI.getCurrent().navigate(ReviewView.class);

        _click(_get(row("Later one"), Button.class, spec -> spec.withText("Later: Saturday")));
        _click(_get(row("Someday one"), Button.class, spec -> spec.withText("Someday")));
        _click(_get(row("Trash one"), Button.class, spec -> spec.withText("Trash")));

        assertThat(tasks.get(later).doDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(tasks.get(someday).doDate()).isNull();
        assertThat(tasks.get(trashed).deletedAt()).isNotNull();
        assertThat(openTitles()).isEmpty();

        _click(_find(Button.class, spec -> spec.withText("Undo")).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Undo: Moved 'Trash one' to the trash")).findFirst().orElseThrow());

        assertThat(tasks.get(trashed).deletedAt()).isNull();
        assertThat(openTitles()).containsExactly("Trash one");
    }

    @Test
    void keys_on_a_row_move_it_without_a_click() {
        var first = create(TaskDraft.titled("First").withDoDate(TODAY));
        var second = create(TaskDraft.titled("Second").withDoDate(TODAY));
        UI.getCurrent().navigate(ReviewView.class);

        press(row("First"), "o");
        press(row("Second"), "l");

        assertThat(tasks.get(first).doDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(tasks.get(second).doDate()).isEqualTo(TODAY.plusDays(2));
        assertThat(openTitles()).isEmpty();
    }

    @Test
    void the_line_of_reflection_is_saved_for_today_and_shown_again_only_to_its_author() {
        UI.getCurrent().navigate(ReviewView.class);
        var line = _get(TextField.class, spec -> spec.withLabel("One line about today (optional)"));
        assertThat(line.getMaxLength()).isEqualTo(DayReflectionService.MAX_LENGTH);

        setValue(line, "  Slow start, good afternoon.  ");
        _click(_get(Button.class, spec -> spec.withText("Save the line")));

        assertThat(announced()).isEqualTo("Saved your line for today.");
        assertThat(reflections.today().text()).isEqualTo("Slow start, good afternoon.");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ReviewView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("One line about today (optional)")).getValue())
                .isEqualTo("Slow start, good afternoon.");

        fixtures.user("bob@example.com");
        signIn("bob@example.com");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ReviewView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("One line about today (optional)")).getValue()).isEmpty();
    }

    @Test
    void a_line_that_is_too_long_is_refused_with_a_sentence_and_what_was_typed_stays() {
        fixtures.signIn("ada@example.com");
        reflections.saveToday("Earlier line.");
        UI.getCurrent().navigate(ReviewView.class);
        var line = _get(TextField.class, spec -> spec.withLabel("One line about today (optional)"));
        var tooLong = "a".repeat(DayReflectionService.MAX_LENGTH + 1);

        setValue(line, tooLong);
        _click(_get(Button.class, spec -> spec.withText("Save the line")));

        assertThat(line.isInvalid()).isTrue();
        assertThat(line.getErrorMessage()).contains("at most 280 characters");
        assertThat(line.getValue()).isEqualTo(tooLong);
        assertThat(reflections.today().text()).isEqualTo("Earlier line.");
    }

    @Test
    void a_change_made_elsewhere_appears_and_the_rows_that_did_not_change_stay_the_same_components() {
        create(TaskDraft.titled("Call mom").withDoDate(TODAY));
        UI.getCurrent().navigate(ReviewView.class);
        var callMom = row("Call mom");

        var added = create(TaskDraft.titled("Added on the phone").withDoDate(TODAY));
        live.publishAfterCommit(LiveHint.forUser("tasks", ada, Set.of(added), "", null, Instant.now()));
        Windows.awaitDelivery(live);

        assertThat(openTitles()).containsExactly("Call mom", "Added on the phone");
        assertThat(row("Call mom")).isSameAs(callMom);
    }

    @Test
    void another_persons_day_is_never_shown() {
        fixtures.user("bob@example.com");
        fixtures.signIn("bob@example.com");
        create(TaskDraft.titled("Bob's task").withDoDate(TODAY));
        tasks.complete(create(TaskDraft.titled("Bob's done")), null);
        signIn("ada@example.com");

        UI.getCurrent().navigate(ReviewView.class);

        assertThat(doneTitles()).isEmpty();
        assertThat(openTitles()).isEmpty();
    }

    private UUID create(TaskDraft draft) {
        return tasks.create(draft).id();
    }

    static List<String> doneTitles() {
        return _find(Div.class, spec -> spec.withClasses("hm-review-done-item")).stream()
                .map(item -> _get(item, Span.class).getText()).toList();
    }

    static List<String> openTitles() {
        return _find(Div.class, spec -> spec.withClasses("hm-review-row")).stream()
                .map(row -> _get(row, Span.class, spec -> spec.withClasses("hm-review-title")).getText()).toList();
    }

    static Div row(String title) {
        return _find(Div.class, spec -> spec.withClasses("hm-review-row")).stream()
                .filter(row -> _get(row, Span.class, spec -> spec.withClasses("hm-review-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + title + " in " + openTitles()));
    }

    static List<String> buttonLabels(String title) {
        return _find(row(title), Button.class).stream().map(b -> b.getAriaLabel().orElse(b.getText())).toList();
    }

    static String announced() {
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }
}
