package app.helmsman.assist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.Windows;
import app.helmsman.assist.BrainDumpDrafts;
import app.helmsman.assist.Proposal;
import app.helmsman.assist.ReviewState;
import app.helmsman.assist.ReviewTooLargeException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The compact review (issue 17): cards with chips, Edit on demand, a Save bar with counts, kept across a reload. */
class BrainDumpReviewViewTest extends KaribuTest {

    @Autowired
    BrainDumpDrafts drafts;
    @Autowired
    JdbcTemplate jdbc;

    BrainDumpView view;

    @BeforeEach
    void adaOnTheBrainDump() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        view = open();
    }

    @Test
    void each_proposal_is_a_compact_card_with_its_title_and_chips_and_edit_reveals_that_cards_fields_only() {
        typeAndExtract(BrainDumpViewTest.DUMP);
        var cards = view.review.cards();

        var list = (UnorderedList) cards.getFirst().getParent().orElseThrow();
        assertThat(list.getElement().getAttribute("aria-label")).isEqualTo("Proposed tasks");
        assertThat(cards).allSatisfy(c -> {
            assertThat(c).isInstanceOf(ListItem.class);
            assertThat(c.form.isVisible()).as("fields only on demand").isFalse();
            assertThat(c.edit.getElement().getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(c.getElement().getAttribute("aria-labelledby")).isEqualTo(c.heading.getId().orElseThrow());
        });
        assertThat(cards.getFirst().heading.getText()).isEqualTo("Call the dentist");
        assertThat(chips(cards.get(3))).contains("~5 min");
        assertThat(chips(cards.get(2))).contains("#work (new)");
        assertThat(chips(cards.get(4))).contains("Project Garage (new)");

        _click(cards.get(4).edit);

        assertThat(cards.get(4).form.isVisible()).isTrue();
        assertThat(cards.get(4).edit.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(cards.get(4).edit.getElement().getAttribute("aria-controls")).isEqualTo("proposal-4-form");
        assertThat(cards.stream().filter(c -> c.form.isVisible())).containsExactly(cards.get(4));
        setValue(cards.get(4).title, "Fix the bike brakes");
        setValue(cards.get(4).estimate, 40);
        assertThat(cards.get(4).heading.getText()).as("the summary follows the edit").isEqualTo("Fix the bike brakes");
        assertThat(chips(cards.get(4))).contains("~40 min");
        _click(cards.get(4).edit);
        assertThat(cards.get(4).form.isVisible()).isFalse();
    }

    @Test
    void the_sticky_save_bar_counts_what_will_be_saved_rejected_and_not_decided_yet() {
        typeAndExtract(BrainDumpViewTest.DUMP);
        var cards = view.review.cards();
        assertThat(view.review.save.getText()).isEqualTo("Save 0 tasks");
        assertThat(view.review.counts.getText()).isEqualTo("5 not decided yet");

        _click(cards.get(0).accept);
        _click(cards.get(1).accept);
        _click(cards.get(2).reject);
        _click(cards.get(3).reject);
        _click(cards.get(4).reject);

        assertThat(view.review.save.getText()).isEqualTo("Save 2 tasks \u00b7 3 rejected");
        assertThat(view.review.counts.getText()).isEqualTo("All decided");
        assertThat(view.review.save.getParent().orElseThrow().getClassNames()).contains("hm-review-actions");
    }

    @Test
    void the_proposals_decisions_and_edits_come_back_after_a_reload_for_their_owner_only() {
        typeAndExtract(BrainDumpViewTest.DUMP);
        var cards = view.review.cards();
        _click(cards.get(0).accept);
        _click(cards.get(3).reject);
        setValue(cards.get(4).title, "Fix the bike brakes");
        setValue(cards.get(4).createProject, true);
        _click(cards.get(4).accept);

        UI.getCurrent().navigate("");
        fixtures.user("bob@example.com");
        signIn("bob@example.com");
        assertThat(open().review.isVisible()).as("Bob does not see Ada's review").isFalse();
        UI.getCurrent().navigate("");
        signIn("ada@example.com");
        view = open();

        var restored = view.review.cards();
        assertThat(restored).extracting(c -> c.heading.getText()).containsExactly("Call the dentist",
                "Write the report", "Send it to Sam", "Buy milk", "Fix the bike brakes");
        assertThat(restored).extracting(c -> c.getElement().getAttribute("data-decision"))
                .containsExactly("accepted", "open", "open", "rejected", "accepted");
        assertThat(restored.get(4).createProject.getValue()).isTrue();
        assertThat(view.review.save.getText()).isEqualTo("Save 2 tasks \u00b7 1 rejected");
        assertThat(view.status.getText()).startsWith("Your review is kept: 5 proposed tasks.");

        _click(view.review.save);

        assertThat(jdbc.queryForList("select title from tasks order by position", String.class))
                .containsExactly("Call the dentist", "Fix the bike brakes");
        assertThat(jdbc.queryForList("select p.name from tasks t join projects p on p.id = t.project_id", String.class))
                .containsExactly("Garage");
        assertThat(drafts.loadReview()).isEmpty();
        UI.getCurrent().navigate("");
        assertThat(open().review.isVisible()).as("saved reviews are not shown again").isFalse();
    }

    @Test
    void a_review_is_kept_only_within_its_bounds_and_the_previous_one_stays() {
        var proposal = new Proposal("Call the dentist", null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of());
        var item = new ReviewState.Item(proposal, proposal, ReviewState.Decision.OPEN, false, false);
        drafts.saveReview(new ReviewState("From the offline helper (no AI).", List.of(item)));

        assertThatThrownBy(() -> drafts.saveReview(new ReviewState("x", Collections.nCopies(ReviewState.MAX_ITEMS + 1, item))))
                .isInstanceOf(ReviewTooLargeException.class).hasMessageContaining("at most 100 proposed tasks");
        var wordy = new Proposal("Call", "n".repeat(Proposal.MAX_NOTES * 2), null, null, null, null, null, null, null,
                null, null, List.of(), List.of());
        var big = new ReviewState.Item(wordy, wordy, ReviewState.Decision.OPEN, false, false);
        assertThatThrownBy(() -> drafts.saveReview(new ReviewState("x", Collections.nCopies(ReviewState.MAX_ITEMS, big))))
                .isInstanceOf(ReviewTooLargeException.class).hasMessageContaining("too long to keep");

        assertThat(drafts.loadReview()).hasValueSatisfying(r -> assertThat(r.items()).containsExactly(item));
    }

    private BrainDumpView open() {
        UI.getCurrent().navigate(BrainDumpView.class);
        return _get(BrainDumpView.class);
    }

    private static List<String> chips(ProposalCard card) {
        return card.chips.getChildren().map(c -> c.getElement().getText()).toList();
    }

    private void typeAndExtract(String text) {
        setValue(view.dump, text);
        _click(view.extract);
        Windows.runPendingUntil("the extraction to finish", () -> !view.status.getText().isEmpty());
    }
}
