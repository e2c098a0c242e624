package app.helmsman.assist.ui;

import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.Proposal;
import app.helmsman.assist.ReviewState;
import app.helmsman.assist.ReviewState.Decision;
import app.helmsman.assist.ReviewTally;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The review of proposed tasks: a list of compact cards (one per proposal) and a Save bar that stays at the bottom
 * of the screen and counts the decisions ("Save 9 tasks · 3 rejected"). Nothing is saved before the person presses
 * Save; then only the accepted cards become tasks, with the dependencies between accepted ones. Every change is
 * handed to {@code keep}, so the review can be restored after a reload.
 */
final class ProposalReview extends Div {

    private final H2 heading = new H2("Review the proposed tasks");
    private final Paragraph origin = new Paragraph();
    private final UnorderedList cards = new UnorderedList();
    private final Paragraph empty = new Paragraph("No tasks were found in this text. Try one thing per line, "
            + "starting with what you would do, for example \u201ccall the dentist\u201d.");
    final Button acceptAll = new Button("Accept all");
    final Button save = new Button("Save 0 tasks");
    final Span counts = new Span();
    private final List<ProposalCard> shown = new ArrayList<>();
    private final BiConsumer<List<AcceptedTask>, ReviewTally> saver;
    private final Consumer<ReviewState> keep;
    private boolean restoring;

    ProposalReview(BiConsumer<List<AcceptedTask>, ReviewTally> saver, Consumer<ReviewState> keep) {
        this.saver = saver;
        this.keep = keep;
        addClassName("hm-review");
        heading.setId("review-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "review-heading");
        acceptAll.addClickListener(e -> {
            restoring = true; // one change to keep, not one per card
            shown.forEach(c -> c.decide(Decision.ACCEPTED));
            restoring = false;
            refresh();
            Announcer.announce("All " + shown.size() + " tasks accepted");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cards.addClassName("hm-proposals");
        cards.getElement().setAttribute("aria-label", "Proposed tasks");
        counts.addClassName("hm-review-counts");
        empty.setVisible(false);
        var actions = new Div(acceptAll, save, counts);
        actions.addClassName("hm-review-actions");
        add(heading, origin, empty, cards, actions);
        setVisible(false);
        // What takes focus in a card is scrolled into view with its scroll margin (assistui.css), so the sticky
        // Save bar never covers it, also at 320 px where the bar wraps to two rows.
        getElement().executeJs("this.addEventListener('focusin', e => { if (e.target.closest('.hm-proposal')) {"
                + " e.target.scrollIntoView({block: 'nearest'}); } })");
    }

    /** Shows a fresh set of proposals (replacing any earlier ones), keeps them, and puts focus on the heading. */
    void show(List<Proposal> proposals, String originText, List<String> projects, List<String> tags) {
        var items = proposals.stream().map(p -> new ReviewState.Item(p, p, Decision.OPEN, false, false)).toList();
        restore(new ReviewState(originText, items), projects, tags);
        keep.accept(state());
        heading.getElement().callJsFunction("focus");
    }

    /** Shows a kept review as the person left it; keeps nothing and moves no focus. */
    void restore(ReviewState state, List<String> projects, List<String> tags) {
        restoring = true;
        try {
            cards.removeAll();
            shown.clear();
            var proposals = state.items().stream().map(ReviewState.Item::proposed).toList();
            for (int i = 0; i < proposals.size(); i++) {
                var card = new ProposalCard(i, proposals.get(i), projects, tags,
                        dependencyTitles(proposals, i), this::refresh);
                if (state.items().get(i).current() != proposals.get(i)) {
                    card.restore(state.items().get(i));
                }
                shown.add(card);
                cards.add(card);
            }
            origin.setText(state.origin());
            empty.setVisible(proposals.isEmpty());
            acceptAll.setVisible(!proposals.isEmpty());
            save.setVisible(!proposals.isEmpty());
            counts.setVisible(!proposals.isEmpty());
            setVisible(true);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static List<String> dependencyTitles(List<Proposal> proposals, int i) {
        var titles = new ArrayList<String>();
        for (Integer d : proposals.get(i).dependsOn()) {
            if (d != null && d >= 0 && d < proposals.size() && d != i) {
                titles.add(proposals.get(d).title());
            }
        }
        return titles;
    }

    void clear() {
        cards.removeAll();
        shown.clear();
        setVisible(false);
    }

    List<ProposalCard> cards() {
        return List.copyOf(shown);
    }

    /** The review as it stands, for a reload. */
    ReviewState state() {
        return new ReviewState(origin.getText(), shown.stream().map(ProposalCard::snapshot).toList());
    }

    private void refresh() {
        long accepted = count(Decision.ACCEPTED);
        long rejected = count(Decision.REJECTED);
        long open = shown.size() - accepted - rejected;
        save.setText((accepted == 1 ? "Save 1 task" : "Save " + accepted + " tasks")
                + (rejected > 0 ? " \u00b7 " + rejected + " rejected" : ""));
        save.setEnabled(accepted > 0);
        counts.setText(open == 0 ? "All decided" : open + " not decided yet");
        if (!restoring && !shown.isEmpty()) {
            keep.accept(state());
        }
    }

    private long count(Decision decision) {
        return shown.stream().filter(c -> c.decision() == decision).count();
    }

    private void save() {
        var accepted = shown.stream().filter(c -> c.decision() == Decision.ACCEPTED).toList();
        if (accepted.isEmpty()) {
            return;
        }
        var invalid = accepted.stream().filter(c -> !c.valid()).findFirst();
        if (invalid.isPresent()) {
            invalid.get().title.focus();
            Announcer.announce("Task " + (invalid.get().index() + 1) + " needs a title before saving");
            return;
        }
        // proposal index -> position among the accepted ones, so dependencies on rejected proposals drop out
        var position = new HashMap<Integer, Integer>();
        for (int i = 0; i < accepted.size(); i++) {
            position.put(accepted.get(i).index(), i);
        }
        var tasks = accepted.stream().map(c -> c.toAccepted(c.dependsOn().stream()
                .filter(position::containsKey).map(position::get).toList())).toList();
        int edited = (int) accepted.stream().filter(ProposalCard::edited).count();
        saver.accept(tasks, new ReviewTally(accepted.size() - edited, edited, shown.size() - accepted.size()));
    }
}
