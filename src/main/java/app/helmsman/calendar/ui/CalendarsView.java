package app.helmsman.calendar.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.CalendarConnectContribution;
import app.helmsman.calendar.CalendarInputException;
import app.helmsman.calendar.CalendarService;
import app.helmsman.calendar.CalendarSettings;
import app.helmsman.calendar.CalendarSource;
import app.helmsman.calendar.CalendarSourceNotFoundException;
import app.helmsman.calendar.SourceState;
import app.helmsman.calendar.internal.CalendarChanges;
import app.helmsman.live.LiveUpdates;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.DateFormats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settings > Calendars: the person's calendars with their sync health (state, last success, last error in plain
 * words, event count), whether each counts as busy or receives Helmsman's blocks, "Sync now" and remove; importing
 * an .ics file, subscribing to an address, the private feed, and what provider connections contribute.
 */
@Route("settings/calendars")
@PageTitle("Calendars · Helmsman")
@PermitAll
public class CalendarsView extends Div {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph("No calendars yet. Import a file, subscribe to an address or connect a calendar below.");
    final Div problems = new Div();
    final Upload upload = new Upload();
    final Paragraph importResult = new Paragraph();
    final TextField subscribeName = new TextField("Name (optional)");
    final TextField subscribeAddress = new TextField("Calendar address (ICS)");
    final Button subscribe = new Button("Subscribe");
    final Paragraph feedStatus = new Paragraph();
    final TextField feedAddress = new TextField("Your feed address");
    final Button copyFeed = new Button("Copy address");
    final Button newFeed = new Button();
    final Button feedOff = new Button("Turn the feed off");

    private final CalendarService calendars;
    private final CalendarSettings settings;
    private final LiveUpdates live;
    private final SignedInUser user;
    private final UserTimeZones zones;
    private Registration liveRegistration;

    CalendarsView(CalendarService calendars, CalendarSettings settings, LiveUpdates live, SignedInUser user, UserTimeZones zones,
                  List<CalendarConnectContribution> connections) {
        this.calendars = calendars;
        this.settings = settings;
        this.live = live;
        this.user = user;
        this.zones = zones;
        addClassName("hm-calendars");
        add(new H1("Calendars"));
        if (!calendars.enabled()) {
            add(new Paragraph(CalendarInputFeedback.OFF));
            return;
        }
        var intro = new Paragraph("Your calendars' events show beside your tasks in Today and Upcoming, and the busy ones keep the planner "
                + "away from your commitments. Helmsman reads 30 days back and 90 days ahead.");
        intro.addClassName("hm-muted");
        problems.addClassName("hm-calendar-problems");
        problems.setVisible(false);
        list.addClassName("hm-calendar-list");
        list.getElement().setAttribute("aria-label", "Your calendars");

        var connect = new Div();
        connect.addClassName("hm-calendar-connect");
        connections.stream().sorted(Comparator.comparingInt(CalendarConnectContribution::order))
                .forEach(c -> c.components(this::refresh).forEach(connect::add));

        add(intro, problems, new Section(new H2("Your calendars"), empty, list));
        if (connect.getChildren().findAny().isPresent()) {
            add(new Section(new H2("Connect a calendar"), connect));
        }
        add(importSection(), subscribeSection(), feedSection());
        refresh();
    }

    private Section importSection() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(settings.maxIcsBytes());
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        var choose = new Button("Choose an .ics file");
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(e -> importResult.setText(e.getErrorMessage()));
        importResult.addClassName("hm-calendar-import-result");
        var hint = new Paragraph("A copy of the file's events, read-only; it does not change when the file does. Up to "
                + settings.maxIcsBytes() / (1024 * 1024) + " MB and " + String.format(Locale.ENGLISH, "%,d", settings.maxOccurrences()) + " events.");
        hint.addClassName("hm-muted");
        return new Section(new H2("Import an .ics file"), hint, upload, importResult);
    }

    private Section subscribeSection() {
        subscribeName.setMaxLength(CalendarService.MAX_NAME);
        subscribeAddress.setMaxLength(CalendarService.MAX_URL);
        subscribeAddress.setManualValidation(true);
        subscribeAddress.setHelperText("An https:// or webcal:// address of an .ics calendar; Helmsman fetches it again every few minutes");
        subscribeAddress.setWidthFull();
        subscribe.addClickListener(e -> subscribe());
        var form = new Div(subscribeName, subscribeAddress, subscribe);
        form.addClassName("hm-calendar-subscribe");
        return new Section(new H2("Subscribe to a calendar address"), form);
    }

    private Section feedSection() {
        var explain = new Paragraph("A private address for any calendar app: it shows your planned blocks and your tasks with a do date. "
                + "Anyone with the address can read them, so keep it to yourself; make a new one whenever you like.");
        explain.addClassName("hm-muted");
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setVisible(false);
        copyFeed.setVisible(false);
        copyFeed.addClickListener(e -> {
            copyFeed.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", feedAddress.getValue());
            Announcer.announce("Feed address copied.");
        });
        newFeed.addClickListener(e -> {
            var url = calendars.regenerateFeed();
            feedAddress.setValue(url);
            feedAddress.setVisible(true);
            copyFeed.setVisible(true);
            showFeed();
            feedAddress.focus();
            Announcer.announce("New feed address made. The old one no longer works.");
        });
        feedOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        feedOff.addClickListener(e -> {
            calendars.revokeFeed();
            feedAddress.clear();
            feedAddress.setVisible(false);
            copyFeed.setVisible(false);
            showFeed();
            newFeed.focus();
            Announcer.announce("Feed turned off. Its address no longer works.");
        });
        showFeed();
        return new Section(new H2("Your private feed"), explain, feedStatus, feedAddress, copyFeed, new Div(newFeed, feedOff));
    }

    private void showFeed() {
        var since = calendars.feedCreatedAt();
        if (since.isPresent()) {
            feedStatus.setText("Your feed is on since " + when(since.get()) + "."
                    + (feedAddress.isVisible() ? "" : " Its address was shown once when it was made; make a new one if you need it again."));
            newFeed.setText("Make a new feed address");
        } else {
            feedStatus.setText("Your feed is off.");
            newFeed.setText("Turn the feed on");
        }
        feedOff.setVisible(since.isPresent());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!calendars.enabled()) {
            return;
        }
        upload.setUploadHandler(uploadHandler(event.getUI()));
        liveRegistration = live.subscribe(event.getUI(), user.requireId(), Set.of(CalendarChanges.TOPIC), hints -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    UploadHandler uploadHandler(UI ui) {
        int max = settings.maxIcsBytes();
        return event -> {
            var name = event.getFileName();
            var out = new ByteArrayOutputStream();
            var buffer = new byte[8192];
            try (var in = event.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    if (out.size() + (long) n > max) {
                        var message = "The file is larger than " + max / (1024 * 1024) + " MB, the most Helmsman imports.";
                        event.reject(message);
                        ui.access(() -> importResult.setText(message));
                        return;
                    }
                    out.write(buffer, 0, n);
                }
            }
            var bytes = out.toByteArray();
            ui.access(() -> received(name, bytes));
        };
    }

    /** An uploaded file arrived: import it, all or nothing. */
    void received(String fileName, byte[] content) {
        try {
            var source = calendars.importFile(fileName, new ByteArrayInputStream(content));
            importResult.setText("Imported " + source.name() + ": " + events(source.eventCount()) + ".");
            refresh();
        } catch (CalendarInputException e) {
            importResult.setText("Nothing was imported. " + e.getMessage());
        }
        Announcer.announce(importResult.getText());
        upload.clearFileList();
    }

    void subscribe() {
        try {
            var source = calendars.subscribe(subscribeName.getValue(), subscribeAddress.getValue());
            subscribeAddress.setInvalid(false);
            subscribeName.clear();
            subscribeAddress.clear();
            refresh();
            Announcer.announce("Subscribed to " + source.name() + ": " + events(source.eventCount()) + ".");
        } catch (CalendarInputException e) {
            subscribeAddress.setErrorMessage(e.getMessage());
            subscribeAddress.setInvalid(true);
            subscribeAddress.focus();
        }
    }

    void refresh() {
        var sources = calendars.sources();
        list.removeAll();
        sources.forEach(source -> list.add(row(source)));
        empty.setVisible(sources.isEmpty());
        var news = calendars.newProblems();
        if (!news.isEmpty()) {
            problems.removeAll();
            problems.add(new Paragraph("Needs your attention:"));
            var items = new UnorderedList();
            news.forEach(problem -> items.add(new ListItem(problem)));
            problems.add(items);
            problems.setVisible(true);
            Announcer.announce("A calendar needs your attention: " + String.join(" ", news));
        }
    }

    private ListItem row(CalendarSource source) {
        var item = new ListItem();
        item.addClassName("hm-calendar");
        var state = new Span(source.state().label());
        state.addClassName("hm-calendar-state");
        state.getElement().setAttribute("data-state", source.state().name());
        var facts = new Paragraph(source.kindLabel() + " · " + events(source.eventCount())
                + (source.lastSuccess() == null ? "" : " · last synced " + when(source.lastSuccess())));
        facts.addClassName("hm-muted");
        item.add(new H3(source.name()), state, facts);
        if (source.lastError() != null && source.state() != SourceState.OK) {
            var error = new Paragraph("Last problem: " + source.lastError());
            error.addClassName("hm-calendar-error");
            item.add(error);
        }
        var busy = new Checkbox("Counts as busy", source.countsAsBusy());
        busy.setTooltipText("The planner keeps these events' time free");
        busy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> calendars.setCountsAsBusy(source.id(), e.getValue()),
                        source.name() + (e.getValue() ? " counts as busy." : " no longer counts as busy."));
            }
        });
        item.add(busy);
        if (source.writable()) {
            var blocks = new Checkbox("Receives Helmsman's blocks", source.receivesBlocks());
            blocks.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> calendars.setReceivesBlocks(source.id(), e.getValue()),
                            e.getValue() ? "Planned blocks go to " + source.name() + "." : "Planned blocks no longer go to " + source.name() + ".");
                }
            });
            item.add(blocks);
        }
        var actions = new Div();
        actions.addClassName("hm-calendar-actions");
        if (source.kind() != app.helmsman.calendar.internal.spi.SourceKind.ICS_FILE) {
            var sync = new Button("Sync now");
            sync.setAriaLabel("Sync " + source.name() + " now");
            sync.addClickListener(e -> {
                try {
                    var message = calendars.syncNow(source.id());
                    refresh();
                    Announcer.announce(message);
                } catch (CalendarSourceNotFoundException | CalendarInputException ex) {
                    refresh();
                    Announcer.announce(ex.getMessage());
                }
            });
            actions.add(sync);
        }
        var remove = new Button("Remove");
        remove.setAriaLabel("Remove " + source.name());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            var confirm = new ConfirmDialog("Remove " + source.name() + "?",
                    "Its events leave Helmsman. The calendar itself is not changed.", "Remove", ok -> {
                        act(() -> calendars.remove(source.id()), source.name() + " removed.");
                        list.getElement().executeJs("this.parentElement.querySelector('h2').focus()");
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        actions.add(remove);
        item.add(actions);
        return item;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Announcer.announce(done);
        } catch (CalendarSourceNotFoundException | CalendarInputException e) {
            Announcer.announce(e.getMessage());
        }
        refresh();
    }

    private String when(Instant instant) {
        return DateFormats.dateTime(instant.atZone(zones.zoneOf(user.requireId())).toLocalDateTime());
    }

    private static String events(int count) {
        return count == 1 ? "1 event" : String.format(Locale.ENGLISH, "%,d events", count);
    }

    /** Texts shared with tests. */
    static final class CalendarInputFeedback {
        static final String OFF = "Calendar integration is turned off on this server.";

        private CalendarInputFeedback() {
        }
    }
}
