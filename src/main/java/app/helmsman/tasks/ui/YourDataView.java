package app.helmsman.tasks.ui;

import app.helmsman.tasks.ExportFile;
import app.helmsman.tasks.TaskTransferService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;

/** "Your data": download everything (JSON backup, CSV, iCalendar) and import a file (Helmsman JSON or CSV, Todoist CSV). */
@Route("data")
@PageTitle("Your data · Helmsman")
@Menu(title = "Your data", order = 95)
@PermitAll
public class YourDataView extends Div {

    final Anchor json;
    final Anchor csv;
    final Anchor calendar;
    final ImportPanel importPanel;

    YourDataView(TaskTransferService transfer) {
        addClassName("hm-data");
        add(new H1("Your data"));
        var intro = new Paragraph("Your tasks are yours. Take them anywhere, keep a backup, or bring in what you already have.");
        intro.addClassName("hm-muted");
        add(intro);

        json = download("Download a backup (JSON)", transfer::exportJson);
        csv = download("Download tasks as CSV", transfer::exportCsv);
        calendar = download("Download tasks for a calendar (iCalendar)", transfer::exportCalendar);
        var downloads = new UnorderedList(
                item(json, "Everything: areas, projects, tags and every task, also done and trashed ones. Helmsman can import it again."),
                item(csv, "Every task, one row each, for spreadsheets. The columns are listed below."),
                item(calendar, "Tasks that are not in the trash, as to-dos for calendar and to-do apps."));
        downloads.addClassName("hm-data-downloads");
        var exportSection = new Section(new H2("Download"), downloads);

        importPanel = new ImportPanel(transfer);
        var importSection = new Section(new H2("Import"), importPanel);
        add(exportSection, importSection, new CsvColumns());
    }

    private static Anchor download(String text, Supplier<ExportFile> export) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = export.get();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("hm-data-download");
        return anchor;
    }

    private static ListItem item(Anchor anchor, String description) {
        var explanation = new Span(description);
        explanation.addClassName("hm-muted");
        return new ListItem(anchor, explanation);
    }
}
