package app.helmsman.reminders.ui;

import app.helmsman.reminders.ReminderService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link at the bottom of every digest email: stops the daily digest, signed in or not (the link is signed). */
@Route(value = "reminders/unsubscribe", autoLayout = false)
@PageTitle("Daily digest · Helmsman")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver {

    final Paragraph result = new Paragraph();
    private final ReminderService reminders;

    UnsubscribeView(ReminderService reminders) {
        this.reminders = reminders;
        addClassName("hm-auth-page");
        var card = new Div(new H1("Daily digest"), result, new Paragraph(new Anchor("", "Open Helmsman")));
        card.addClassName("hm-auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        result.setText(reminders.unsubscribeDigest(token)
                ? "Done: you will not get the daily digest any more. You can turn it on again in Reminder settings."
                : "This link is not valid, so nothing changed. Use the link from your latest digest, or turn the digest off in Reminder settings.");
    }
}
