package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ImportFormat;
import app.helmsman.tasks.ImportRejectedException;
import app.helmsman.tasks.ImportSummary;
import app.helmsman.tasks.TaskTransferService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Set;

/**
 * Upload a file, see what it holds (or every problem with its line), then import it with one button. Nothing is
 * saved before the person presses Import, and a file with a problem is never imported in part.
 */
final class ImportPanel extends Div {

    /** "Recognise it" or one of the formats. */
    enum Choice {
        DETECT("Recognise it for me", null),
        JSON(ImportFormat.HELMSMAN_JSON.label(), ImportFormat.HELMSMAN_JSON),
        CSV(ImportFormat.HELMSMAN_CSV.label(), ImportFormat.HELMSMAN_CSV),
        TODOIST(ImportFormat.TODOIST_CSV.label() + " (one project per file)", ImportFormat.TODOIST_CSV);

        final String label;
        final ImportFormat format;

        Choice(String label, ImportFormat format) {
            this.label = label;
            this.format = format;
        }
    }

    final RadioButtonGroup<Choice> format = new RadioButtonGroup<>("Kind of file");
    final Upload upload = new Upload();
    final Button importButton = new Button("Import");
    final Button cancel = new Button("Choose another file");
    final Div result = new Div();

    private final TaskTransferService transfer;
    private String pendingName;
    private byte[] pendingData;

    ImportPanel(TaskTransferService transfer) {
        this.transfer = transfer;
        addClassName("hm-import");
        format.setItems(Choice.values());
        format.setItemLabelGenerator(c -> c.label);
        format.setValue(Choice.DETECT);

        upload.setMaxFiles(1);
        upload.setMaxFileSize(TaskTransferService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".json", ".csv", ".txt", "application/json", "text/csv", "text/plain");
        var choose = new Button("Choose a file to import…");
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(e -> showProblems(e.getFileName(), java.util.List.of(e.getErrorMessage()), 1));

        var limits = new Paragraph("Files of up to 10 MB and " + String.format("%,d", TaskTransferService.MAX_TASKS) + " tasks. An import adds to "
                + "what you have and never changes or deletes anything; projects, areas and tags with a name you already use are reused. "
                + "You see what a file holds before anything is saved, and a file with a problem is not imported at all.");
        limits.addClassName("hm-muted");
        limits.setId("hm-import-limits");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importPending());
        cancel.addClickListener(e -> reset());
        result.addClassName("hm-import-result");
        add(format, upload, limits, result);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        upload.setUploadHandler(uploadHandler(event.getUI()));
    }

    /**
     * What reads an uploaded file's bytes and hands them to this panel in the UI's thread: it stops reading at the
     * import's limit, so a larger body (a raw POST of any size) never sits in memory whole (issue 11, finding 3).
     */
    UploadHandler uploadHandler(UI ui) {
        return new BoundedUpload(ui, TaskTransferService.MAX_FILE_BYTES, this::received,
                (fileName, message) -> showProblems(fileName, java.util.List.of(message), 1));
    }

    /** A file arrived: show what it holds, or its problems. Nothing is saved yet. */
    void received(String fileName, byte[] data) {
        upload.clearFileList();
        try {
            var summary = transfer.preview(fileName, data, format.getValue().format);
            pendingName = fileName;
            pendingData = data;
            showPreview(fileName, summary);
        } catch (ImportRejectedException e) {
            pendingData = null;
            showProblems(fileName, e.problems().stream().map(p -> p.describe()).toList(), e.count());
        }
    }

    private void importPending() {
        if (pendingData == null) {
            return;
        }
        try {
            var summary = transfer.importFile(pendingName, pendingData, format.getValue().format);
            var message = "Imported from " + pendingName + ": " + summary.describe();
            pendingData = null;
            result.removeAll();
            var done = new Paragraph(message);
            done.addClassName("hm-import-done");
            result.add(new H3("Import finished"), done);
            Announcer.announce(message);
            TasksChangedHere.fire(Set.of());
        } catch (ImportRejectedException e) {
            pendingData = null;
            showProblems(pendingName, e.problems().stream().map(p -> p.describe()).toList(), e.count());
        }
    }

    private void showPreview(String fileName, ImportSummary summary) {
        result.removeAll();
        var heading = new H3("Ready to import " + fileName);
        var what = new Paragraph(summary.format().label() + ": " + summary.describe() + " Nothing is saved until you press Import.");
        what.addClassName("hm-import-preview");
        importButton.setText("Import " + summary.tasks() + (summary.tasks() == 1 ? " task" : " tasks"));
        var actions = new Div(importButton, cancel);
        actions.addClassName("hm-form-actions");
        result.add(heading, what, actions);
        Announcer.announce("Ready to import " + fileName + ": " + summary.describe() + " Press Import to save it.");
    }

    private void showProblems(String fileName, java.util.List<String> problems, int count) {
        result.removeAll();
        var heading = new H3((fileName == null ? "The file" : fileName) + " cannot be imported");
        heading.setId("hm-import-problems-heading");
        var intro = new Paragraph(count == 1 ? "Nothing was saved. Fix this and upload the file again:"
                : "Nothing was saved. Fix these " + count + " problems and upload the file again:");
        var list = new OrderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        if (count > problems.size()) {
            list.add(new ListItem("… and " + (count - problems.size()) + " more."));
        }
        list.addClassName("hm-import-problems");
        // focusable, so keyboard and screen-reader users can go straight to the list and read it
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-labelledby", "hm-import-problems-heading");
        result.add(heading, intro, list);
        Announcer.announce((fileName == null ? "The file" : fileName) + " cannot be imported. " + (count == 1 ? "1 problem: " : count
                + " problems. The first: ") + problems.getFirst());
    }

    private void reset() {
        pendingData = null;
        result.removeAll();
        upload.clearFileList();
        upload.getUploadButton().getElement().callJsFunction("focus");
    }
}
