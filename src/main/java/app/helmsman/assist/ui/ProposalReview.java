package app.helmsman.assist.ui;

import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.Proposal;
import app.helmsman.assist.ui.ProposalCard.Decision;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review of proposed tasks: a card per proposal, "Accept all" and "Save N tasks". Nothing is saved before the
 * person presses Save; then only the accepted cards become tasks, with the dependencies between accepted ones.
 */
final class ProposalReview extends Div {

    private final H2 heading = new H2("Review the proposed tasks");
    private final Paragraph origin = new Paragraph();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph("No tasks were found in this text. Try one thing per line, "
            + "starting with what you would do, for example \u201ccall the dentist\u201d.");
    final Button acceptAll = new Button("Accept all");
    final Button save = new Button("Save 0 tasks");
    private final List<ProposalCard> shown = new ArrayList<>();
    private final java.util.function.BiConsumer<List<AcceptedTask>, app.helmsman.assist.ReviewTally> saver;

    ProposalReview(java.util.function.BiConsumer<List<AcceptedTask>, app.helmsman.assist.ReviewTally> saver) {
        this.saver = saver;
        addClassName("hm-review");
        heading.setId("review-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "review-heading");
        acceptAll.addClickListener(e -> {
            shown.forEach(c -> c.decide(Decision.ACCEPTED));
            Announcer.announce("All " + shown.size() + " tasks accepted");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cards.addClassName("hm-proposals");
        empty.setVisible(false);
        var actions = new Div(acceptAll, save);
        actions.addClassName("hm-review-actions");
        add(heading, origin, empty, cards, actions);
        setVisible(false);
    }

    /** Shows a fresh set of proposals (replacing any earlier ones) and puts focus on the review heading. */
    void show(List<Proposal> proposals, String originText, List<String> projects, List<String> tags) {
        cards.removeAll();
        shown.clear();
        for (int i = 0; i < proposals.size(); i++) {
            var titles = new ArrayList<String>();
            for (Integer d : proposals.get(i).dependsOn() == null ? List.<Integer>of() : proposals.get(i).dependsOn()) {
                if (d != null && d >= 0 && d < proposals.size() && d != i) {
                    titles.add(proposals.get(d).title());
                }
            }
            var card = new ProposalCard(i, proposals.size(), proposals.get(i), projects, tags, titles, this::refresh);
            shown.add(card);
            cards.add(card);
        }
        origin.setText(originText);
        empty.setVisible(proposals.isEmpty());
        acceptAll.setVisible(!proposals.isEmpty());
        save.setVisible(!proposals.isEmpty());
        setVisible(true);
        refresh();
        heading.getElement().callJsFunction("focus");
    }

    void clear() {
        cards.removeAll();
        shown.clear();
        setVisible(false);
    }

    List<ProposalCard> cards() {
        return List.copyOf(shown);
    }

    private void refresh() {
        long accepted = shown.stream().filter(c -> c.decision() == Decision.ACCEPTED).count();
        save.setText(accepted == 1 ? "Save 1 task" : "Save " + accepted + " tasks");
        save.setEnabled(accepted > 0);
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
        saver.accept(tasks, new app.helmsman.assist.ReviewTally(accepted.size() - edited, edited, shown.size() - accepted.size()));
    }
}
