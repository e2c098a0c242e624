package app.helmsman.assist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.helmsman.KaribuTest;
import app.helmsman.Windows;
import app.helmsman.assist.AssistService;
import app.helmsman.assist.BrainDumpDrafts;
import app.helmsman.assist.Extraction;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The brain dump as a person uses it: type, extract, review, save; and what happens when things go wrong. */
class BrainDumpViewTest extends KaribuTest {

    static final String DUMP = """
            Call the dentist
            Write the report, then send it to Sam #work
            Buy milk ~5m
            fix the bike +Garage
            """;

    @MockitoSpyBean
    AssistService assist;
    @Autowired
    BrainDumpDrafts drafts;
    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    BrainDumpView view;

    @BeforeEach
    void adaOnTheBrainDump() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate(BrainDumpView.class);
        view = _get(BrainDumpView.class);
    }

    @Test
    void extract_proposes_tasks_offline_says_so_and_saves_nothing_yet() {
        typeAndExtract(DUMP);

        assertThat(titles()).containsExactly("Call the dentist", "Write the report", "Send it to Sam", "Buy milk", "Fix the bike");
        assertThat(view.status.getText()).startsWith("5 tasks proposed.").contains("offline helper");
        assertThat(announced()).isEqualTo("5 tasks proposed");
        var dentist = view.review.cards().getFirst();
        assertThat(dentist.energy.getValue()).isNotNull();
        assertThat(dentist.energy.getHelperText()).isEqualTo("Suggested; change or clear it");
        assertThat(view.review.save.getText()).isEqualTo("Save 0 tasks");
        assertThat(view.review.save.isEnabled()).isFalse();
        assertThat(taskCount()).isZero();
    }

    @Test
    void only_accepted_tasks_are_saved_with_their_edits_and_the_dependencies_between_them() {
        typeAndExtract(DUMP);
        var cards = view.review.cards();
        setValue(cards.get(0).title, "Call the dentist about the filling");
        setValue(cards.get(0).estimate, 20);
        _click(cards.get(0).accept);
        _click(cards.get(1).accept);
        _click(cards.get(2).accept);
        _click(cards.get(3).reject);

        assertThat(cards.get(3).getElement().getAttribute("data-decision")).isEqualTo("rejected");
        assertThat(view.review.save.getText()).isEqualTo("Save 3 tasks \u00b7 1 rejected");
        assertThat(view.review.counts.getText()).isEqualTo("1 not decided yet");
        double accepted = proposals("accepted");
        double edited = proposals("edited");
        double rejected = proposals("rejected");
        _click(view.review.save);

        // the ops console's AI acceptance rate: two accepted as proposed, one edited, one rejected and one left undecided
        assertThat(proposals("accepted")).isEqualTo(accepted + 2);
        assertThat(proposals("edited")).isEqualTo(edited + 1);
        assertThat(proposals("rejected")).isEqualTo(rejected + 2);

        assertThat(jdbc.queryForList("select title from tasks where source = 'AI' order by position", String.class))
                .containsExactly("Call the dentist about the filling", "Write the report", "Send it to Sam");
        assertThat(taskCount()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select estimate_minutes from tasks where title = 'Call the dentist about the filling'", Integer.class))
                .isEqualTo(20);
        assertThat(jdbc.queryForList("""
                select t.title || ' waits for ' || b.title from task_dependencies d
                join tasks t on t.id = d.task_id join tasks b on b.id = d.blocker_id""", String.class))
                .containsExactly("Send it to Sam waits for Write the report");
        assertThat(announced()).isEqualTo("Saved 3 tasks");
        assertThat(view.saved.isVisible()).isTrue();
        assertThat(_get(view.saved, com.vaadin.flow.component.html.Anchor.class).getText()).isEqualTo("Open the Inbox");
        assertThat(drafts.load()).isEmpty();
        assertThat(drafts.loadReview()).as("the review is forgotten with the draft").isEmpty();
        assertThat(view.dump.getValue()).isEmpty();
        assertThat(view.review.isVisible()).isFalse();
    }

    @Test
    void accept_all_uses_existing_tags_and_creates_a_new_project_only_when_the_person_ticks_it() {
        projects.createTag("Work");
        typeAndExtract(DUMP);
        var cards = view.review.cards();
        var bike = cards.get(4);
        assertThat(bike.project.getValue()).isEqualTo("Garage");
        assertThat(bike.createProject.isVisible()).isTrue();
        assertThat(bike.createProject.getValue()).isFalse();
        assertThat(cards.get(2).createTags.isVisible()).as("'work' matches the existing tag Work").isFalse();
        setValue(cards.get(1).tags, "writing");
        assertThat(cards.get(1).createTags.isVisible()).isTrue();

        _click(view.review.acceptAll);
        assertThat(view.review.save.getText()).isEqualTo("Save 5 tasks");
        _click(view.review.save);

        assertThat(taskCount()).isEqualTo(5);
        assertThat(jdbc.queryForList("select name from projects", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select name from tags", String.class)).containsExactly("Work");
        assertThat(jdbc.queryForList("""
                select t.title || ' #' || g.name from task_tags x join tasks t on t.id = x.task_id
                join tags g on g.id = x.tag_id""", String.class)).containsExactly("Send it to Sam #Work");
    }

    @Test
    void a_new_project_the_person_agreed_to_is_created_with_the_task_in_it() {
        typeAndExtract(DUMP);
        var bike = view.review.cards().get(4);
        setValue(bike.createProject, true);
        _click(bike.accept);
        _click(view.review.save);

        assertThat(jdbc.queryForList("select p.name from tasks t join projects p on p.id = t.project_id where t.title = 'Fix the bike'",
                String.class)).containsExactly("Garage");
    }

    @Test
    void the_draft_is_kept_as_the_person_types_and_comes_back_after_signing_out_and_in() {
        setValue(view.dump, DUMP);
        assertThat(drafts.load()).contains(DUMP);
        assertThat(view.dump.getHelperText()).contains("Draft saved");

        UI.getCurrent().navigate("");
        fixtures.signOut();
        fixtures.user("bob@example.com");
        signIn("bob@example.com");
        UI.getCurrent().navigate(BrainDumpView.class);
        assertThat(_get(BrainDumpView.class).dump.getValue()).as("Bob does not see Ada's draft").isEmpty();

        UI.getCurrent().navigate("");
        signIn("ada@example.com");
        UI.getCurrent().navigate(BrainDumpView.class);
        assertThat(_get(BrainDumpView.class).dump.getValue()).isEqualTo(DUMP);
        assertThat(_get(BrainDumpView.class).dump.getHelperText()).contains("Draft restored");
    }

    @Test
    void a_provider_failure_keeps_the_text_and_the_draft() {
        doReturn(CompletableFuture.failedFuture(new IllegalStateException("provider down"))).when(assist).extract(anyString());

        typeAndExtract(DUMP);

        assertThat(view.status.getText()).contains("could not read your text").contains("kept as a draft");
        assertThat(announced()).isEqualTo("Extraction failed. Your text is kept.");
        assertThat(view.dump.getValue()).isEqualTo(DUMP);
        assertThat(drafts.load()).contains(DUMP);
        assertThat(view.extract.isEnabled()).isTrue();
        assertThat(taskCount()).isZero();
    }

    @Test
    void cancel_stops_the_extraction_and_keeps_the_text() {
        var never = new CompletableFuture<Extraction>();
        doReturn(never).when(assist).extract(anyString());

        setValue(view.dump, DUMP);
        _click(view.extract);
        assertThat(view.cancel.isVisible()).isTrue();
        assertThat(view.extract.isEnabled()).isFalse();
        assertThat(_get(view, ProgressBar.class).isVisible()).isTrue();

        _click(view.cancel);

        assertThat(never.isCancelled()).isTrue();
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.extract.isEnabled()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Cancelled. Your text is kept as a draft.");
        assertThat(announced()).isEqualTo("Extraction cancelled");
        assertThat(view.dump.getValue()).isEqualTo(DUMP);
        assertThat(drafts.load()).contains(DUMP);
    }

    @Test
    void a_dump_over_the_limit_is_refused_with_a_message_and_the_text_stays() {
        setValue(view.dump, "Short draft");
        var tooLong = "Call mom. ".repeat(2_000) + "x";
        setValue(view.dump, tooLong);

        assertThat(view.dump.isInvalid()).isTrue();
        assertThat(view.dump.getErrorMessage()).isEqualTo(
                "This brain dump has 20,001 characters; the limit is 20,000. Split it and extract the first part.");
        assertThat(view.dump.getHelperText()).startsWith("20,001 of 20,000 characters.");
        _click(view.extract);

        verify(assist, never()).extract(anyString());
        assertThat(view.dump.getValue()).isEqualTo(tooLong);
        assertThat(drafts.load()).as("the last draft within the limit stays").contains("Short draft");
    }

    @Test
    void discarding_asks_first_then_forgets_the_draft() {
        setValue(view.dump, DUMP);
        _click(view.discard);
        _click(_get(Button.class, spec -> spec.withText("Discard")));

        assertThat(drafts.load()).isEmpty();
        assertThat(view.dump.getValue()).isEmpty();
        assertThat(announced()).isEqualTo("Draft discarded");
    }

    @Test
    void discarding_forgets_the_review_too() {
        typeAndExtract(DUMP);
        _click(view.review.cards().getFirst().accept);
        assertThat(drafts.loadReview()).isPresent();

        _click(view.discard);
        _click(_get(Button.class, spec -> spec.withText("Discard")));

        assertThat(drafts.loadReview()).isEmpty();
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(BrainDumpView.class);
        assertThat(_get(BrainDumpView.class).review.isVisible()).isFalse();
    }

    private double proposals(String decision) {
        var counter = registry.find("helmsman.assist.proposals").tag("decision", decision).counter();
        return counter == null ? 0 : counter.count();
    }

    private void typeAndExtract(String text) {
        setValue(view.dump, text);
        _click(view.extract);
        Windows.runPendingUntil("the extraction to finish", () -> !view.status.getText().isEmpty());
    }

    /** The last announcement, without the no-break space that makes a repeated message speak again. */
    static String announced() {
        return Announcer.lastMessage(UI.getCurrent()).replace('\u00a0', ' ').strip();
    }

    private List<String> titles() {
        return view.review.cards().stream().map(c -> c.title.getValue()).toList();
    }

    private int taskCount() {
        return jdbc.queryForObject("select count(*) from tasks", Integer.class);
    }

}
