package app.helmsman.admin.ui;

import app.helmsman.admin.MaintenanceBanner;
import app.helmsman.admin.MaintenanceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/** The maintenance banner panel: post a message (optional end time, UTC) that every signed-in window shows at once. */
@Route("admin/maintenance")
@PageTitle("Maintenance banner · Admin · Helmsman")
@RolesAllowed("ADMIN")
public class MaintenanceView extends Div {

    final TextArea message = new TextArea("Message");
    final DateTimePicker endsAt = new DateTimePicker("Ends at (UTC, optional)");
    final Button post = new Button("Post for everyone");
    final Button remove = new Button("Remove banner");
    final Paragraph current = new Paragraph();
    private final MaintenanceService service;

    MaintenanceView(MaintenanceService service) {
        this.service = service;
        addClassName("hm-admin");
        add(new H1("Maintenance banner"), new AdminNav(MaintenanceView.class),
                new Paragraph("The message appears at once at the top of every signed-in window, on every replica, and is read out once."));
        message.setMaxLength(MaintenanceBanner.MAX_MESSAGE);
        message.setWidthFull();
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> {
            try {
                var end = endsAt.getValue() == null ? null : endsAt.getValue().toInstant(ZoneOffset.UTC);
                service.post(message.getValue(), end);
                message.setInvalid(false);
                refresh();
                AdminMessages.done("The banner is shown to everyone.");
            } catch (IllegalArgumentException refused) {
                message.setErrorMessage(refused.getMessage());
                message.setInvalid(true);
                message.focus();
                app.helmsman.shared.ui.Announcer.announce(refused.getMessage());
            }
        });
        remove.addClickListener(e -> {
            service.remove();
            refresh();
            AdminMessages.done("The banner was removed.");
        });
        add(current, message, endsAt, new Div(post, remove));
        refresh();
    }

    private void refresh() {
        var banner = service.current();
        current.setText(banner.map(b -> "Shown now: " + b.message() + (b.endsAt() == null ? "" : " (until " + AdminMessages.time(b.endsAt()) + ")"))
                .orElse("No banner is shown."));
        remove.setEnabled(banner.isPresent());
    }
}
