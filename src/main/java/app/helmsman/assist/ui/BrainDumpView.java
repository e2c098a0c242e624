package app.helmsman.assist.ui;

import app.helmsman.assist.AcceptedTask;
import app.helmsman.assist.AssistService;
import app.helmsman.assist.AssistTasks;
import app.helmsman.assist.BrainDumpDrafts;
import app.helmsman.assist.DraftTooLongException;
import app.helmsman.assist.Extraction;
import app.helmsman.assist.ReviewState;
import app.helmsman.assist.ReviewTally;
import app.helmsman.assist.ReviewTooLargeException;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.DependencyCycleException;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Brain dump: pour everything out, let the assistant (AI provider or offline helper) propose tasks, review them,
 * save the ones worth keeping. The text is a draft in the database from the first keystroke until the tasks are
 * saved or the draft discarded, so a failure, a closed tab or another device never loses it.
 */
@Route("brain-dump")
@PageTitle("Brain dump · Helmsman")
@Menu(title = "Brain dump", order = 1.5)
@PermitAll
public class BrainDumpView extends Div {

    static final int SAVE_AFTER_MS = 800;

    private final AssistService assist;
    private final AssistTasks assistTasks;
    private final BrainDumpDrafts drafts;
    private final ProjectService projects;

    final TextArea dump = new TextArea("What's on your mind?");
    final Button extract = new Button("Extract tasks");
    final Button cancel = new Button("Cancel");
    final Button discard = new Button("Discard draft");
    private final Div working = new Div();
    final Paragraph status = new Paragraph();
    final Div saved = new Div();
    final ProposalReview review;
    private CompletableFuture<Extraction> running;
    private int generation;
    private String lastSaved = "";

    BrainDumpView(AssistService assist, AssistTasks assistTasks, BrainDumpDrafts drafts, ProjectService projects) {
        this.assist = assist;
        this.assistTasks = assistTasks;
        this.drafts = drafts;
        this.projects = projects;
        this.review = new ProposalReview(this::save, this::keepReview);
        addClassName("hm-brain-dump");

        var intro = new Paragraph("Type or paste everything that is on your mind, in any order. Nothing becomes a "
                + "task until you review it and save. Your text is kept as a draft while you work.");
        intro.addClassName("hm-muted");

        dump.addClassName("hm-dump-text");
        dump.setWidthFull();
        dump.setValueChangeMode(ValueChangeMode.TIMEOUT);
        dump.setValueChangeTimeout(SAVE_AFTER_MS);
        lastSaved = drafts.load().orElse("");
        dump.setValue(lastSaved);
        dump.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keepDraft();
            }
        });
        showCount(lastSaved.isEmpty() ? "" : " Draft restored.");

        extract.addThemeVariants(ButtonVariant.PRIMARY);
        extract.addClickListener(e -> extract());
        cancel.addClickListener(e -> cancel());
        cancel.setVisible(false);
        discard.addThemeVariants(ButtonVariant.TERTIARY);
        discard.addClickListener(e -> new DiscardDialog(this::discard).open());
        var actions = new Div(extract, cancel, discard);
        actions.addClassName("hm-dump-actions");

        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Extracting tasks");
        working.add(progress, new Span("Reading your text and proposing tasks\u2026"));
        working.addClassName("hm-working");
        working.setVisible(false);
        status.setId("dump-status");
        saved.setId("dump-saved");
        saved.getElement().setAttribute("tabindex", "-1");
        saved.setVisible(false);

        add(new H1("Brain dump"), intro, dump, actions, working, status, saved, review);
        drafts.loadReview().ifPresent(kept -> {
            review.restore(kept, projectNames(), tagNames());
            int n = kept.items().size();
            status.setText("Your review is kept: " + (n == 1 ? "1 proposed task. " : n + " proposed tasks. ")
                    + kept.origin());
        });
    }

    /** Keeps the review as it stands, so a reload shows it again; a review too large to keep says so. */
    private void keepReview(ReviewState state) {
        try {
            drafts.saveReview(state);
        } catch (ReviewTooLargeException e) {
            status.setText(e.getMessage());
        }
    }

    private List<String> projectNames() {
        return projects.projects(false).stream().map(ProjectView::name).toList();
    }

    private List<String> tagNames() {
        return projects.tags().stream().map(TagView::name).toList();
    }

    /** Stores the text as the draft, unless it is over the limit (then the field says so and the old draft stays). */
    private boolean keepDraft() {
        var text = dump.getValue();
        if (text.length() > BrainDumpDrafts.MAX_CHARS) {
            dump.setInvalid(true);
            dump.setErrorMessage(new DraftTooLongException(text.length()).getMessage());
            showCount("");
            return false;
        }
        dump.setInvalid(false);
        dump.setErrorMessage(null);
        if (!text.equals(lastSaved)) {
            drafts.save(text);
            lastSaved = text;
        }
        showCount(text.isBlank() ? "" : " Draft saved.");
        return true;
    }

    private void showCount(String suffix) {
        dump.setHelperText(String.format("%,d of %,d characters.", dump.getValue().length(), BrainDumpDrafts.MAX_CHARS)
                + suffix);
    }

    private void extract() {
        saved.setVisible(false);
        if (!keepDraft()) {
            dump.focus();
            Announcer.announce(dump.getErrorMessage());
            return;
        }
        if (dump.getValue().isBlank()) {
            dump.setInvalid(true);
            dump.setErrorMessage("Write or paste something first.");
            dump.focus();
            return;
        }
        var ui = UI.getCurrent();
        int mine = ++generation;
        working(true);
        status.setText("");
        Announcer.announce("Extracting tasks");
        try {
            running = assist.extract(dump.getValue());
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        running.whenComplete((result, error) -> ui.access(() -> {
            if (mine != generation) {
                return; // cancelled or replaced meanwhile
            }
            working(false);
            if (error != null) {
                failed(error);
            } else {
                proposed(result);
            }
        }));
    }

    private void proposed(Extraction result) {
        var origin = Labels.origin(result.origin(), result.fallbackReason());
        int n = result.proposals().size();
        status.setText((n == 1 ? "1 task proposed. " : n + " tasks proposed. ") + origin);
        review.show(result.proposals(), origin, projectNames(), tagNames());
        Announcer.announce(n == 1 ? "1 task proposed" : n + " tasks proposed");
    }

    private void failed(Throwable error) {
        working(false);
        var cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return;
        }
        status.setText("The assistant could not read your text this time. Your text is kept as a draft; "
                + "try Extract again in a moment.");
        Announcer.announce("Extraction failed. Your text is kept.");
        extract.focus();
    }

    private void stop() {
        generation++;
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        working(false);
    }

    private void cancel() {
        stop();
        status.setText("Cancelled. Your text is kept as a draft.");
        Announcer.announce("Extraction cancelled");
        extract.focus();
    }

    private void working(boolean on) {
        working.setVisible(on);
        cancel.setVisible(on);
        extract.setEnabled(!on);
        if (on) {
            cancel.focus();
        }
    }

    private void save(List<AcceptedTask> accepted, ReviewTally tally) {
        List<?> ids;
        try {
            ids = assistTasks.saveFromBrainDump(accepted, tally);
        } catch (TaskValidationException e) {
            status.setText("Nothing was saved: " + String.join(" ", e.errors().values()));
            Announcer.announce("Nothing was saved. " + String.join(" ", e.errors().values()));
            return;
        } catch (DependencyCycleException e) {
            status.setText("Nothing was saved: " + e.getMessage());
            Announcer.announce("Nothing was saved. " + e.getMessage());
            return;
        }
        review.clear();
        lastSaved = "";
        dump.clear();
        showCount("");
        status.setText("");
        var message = ids.size() == 1 ? "Saved 1 task" : "Saved " + ids.size() + " tasks";
        saved.removeAll();
        saved.add(new Span(message + ". The brain dump is cleared. "), new Anchor("inbox", "Open the Inbox"));
        saved.setVisible(true);
        saved.getElement().callJsFunction("focus");
        Announcer.announce(message);
    }

    private void discard() {
        stop();
        drafts.discard();
        lastSaved = "";
        dump.clear();
        dump.setInvalid(false);
        showCount("");
        review.clear();
        status.setText("Draft discarded.");
        Announcer.announce("Draft discarded");
        dump.focus();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
        super.onDetach(event);
    }
}
