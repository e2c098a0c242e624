package app.helmsman.admin.ui;

import app.helmsman.admin.CalendarAdminService;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The jobs panel's calendars, {@link CalendarAdminService#PAGE_SIZE} at a time, those with problems first: whose it
 * is, kind, status, last success, last error and events, with "Retry now"; Previous and Next page through them, and
 * a search narrows them to people whose email contains it.
 */
class CalendarsPanel extends Div {

    final TextField search = new TextField("Person's email contains");
    final Grid<CalendarAdminService.CalendarRow> calendars = new Grid<>();
    final Button previous = new Button("Previous");
    final Button next = new Button("Next");
    final Span position = new Span();
    final Paragraph problem = new Paragraph();
    private final CalendarAdminService service;
    private int page;

    CalendarsPanel(CalendarAdminService service) {
        this.service = service;
        add(new H2("Calendars"), new Paragraph("Every synced calendar, those with problems first: whose it is, how its sync is doing and its last error."
                + " Names, events and tokens stay private."));
        search.setMaxLength(CalendarAdminService.MAX_SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            page = 0;
            refresh();
        });
        calendars.addColumn(CalendarAdminService.CalendarRow::ownerEmail).setHeader("Person").setAutoWidth(true);
        calendars.addColumn(r -> r.status().kind()).setHeader("Kind").setAutoWidth(true);
        calendars.addColumn(r -> r.status().state().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        calendars.addColumn(r -> r.status().lastSuccess() == null ? "Never" : AdminMessages.time(r.status().lastSuccess())).setHeader("Last success")
                .setAutoWidth(true);
        calendars.addColumn(r -> r.status().lastError() == null ? "None" : r.status().lastError()).setHeader("Last error").setKey("error");
        calendars.addColumn(r -> r.status().eventCount()).setHeader("Events").setKey("events");
        calendars.addComponentColumn(r -> {
            var retry = new Button("Retry now", e -> {
                var outcome = service.retry(r.status().id());
                refresh();
                AdminMessages.done(outcome);
            });
            retry.setAriaLabel("Retry now: " + r.status().kind() + " of " + r.ownerEmail());
            retry.setEnabled(r.status().retryable());
            return retry;
        }).setHeader("Retry").setKey("retry").setAutoWidth(true);
        calendars.setAriaLabel("Calendars");
        calendars.setAllRowsVisible(true);
        previous.setAriaLabel("Previous page of calendars");
        next.setAriaLabel("Next page of calendars");
        previous.addClickListener(e -> turn(-1));
        next.addClickListener(e -> turn(1));
        var pager = new Div(previous, position, next);
        pager.addClassName("hm-admin-pager");
        pager.getElement().setAttribute("role", "group");
        pager.getElement().setAttribute("aria-label", "Pages of calendars");
        problem.addClassName("hm-error");
        problem.setVisible(false);
        add(search, problem, calendars, pager);
    }

    private void turn(int by) {
        page = Math.max(0, page + by);
        refresh();
        Announcer.announce(position.getText());
        var clicked = by < 0 ? previous : next;
        (clicked.isEnabled() ? clicked : by < 0 ? next : previous).focus(); // a disabled button would drop focus to the page
    }

    void refresh() {
        CalendarAdminService.CalendarPage shown;
        try {
            shown = service.calendars(search.getValue(), page);
            problem.setVisible(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        page = shown.page();
        calendars.setItems(shown.rows());
        position.setText("Page " + (page + 1) + " of " + shown.pages() + " (" + shown.total() + (shown.total() == 1 ? " calendar)" : " calendars)"));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < shown.pages());
        if (shown.searchTooBroad()) {
            problem.setText("More people match than one search covers: only the first " + app.helmsman.calendar.CalendarOperations.MAX_OWNERS
                    + " are included. Type more of the email.");
            problem.setVisible(true);
        }
    }
}
