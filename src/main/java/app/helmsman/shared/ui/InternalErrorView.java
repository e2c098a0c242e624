package app.helmsman.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal-error page (which names the exception, and which people who are not signed
 * in may not even see) for a page that failed to load. When PostgreSQL is unreachable (a restart, a
 * failover; the cause is usually wrapped in a bean-creation exception) it says so calmly with 503;
 * otherwise a calm 500. It reads nothing from the database itself, unlike the other error pages.
 */
@PageTitle("Something went wrong · Helmsman")
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    static final String DATABASE_HEADING = "Helmsman cannot reach its database";
    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();

    InternalErrorView() {
        addClassName("hm-auth-page");
        var card = new Div();
        card.addClassName("hm-auth-card");
        card.add(heading, explanation, new Paragraph(new Anchor("", "Try again")));
        add(card);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var failure = parameter.getCaughtException();
        if (DatabaseOutageErrorHandler.databaseUnavailable(failure)) {
            log.warn("Page /{} not shown, the database is unreachable: {}", event.getLocation().getPath(), failure.getMessage());
            heading.setText(DATABASE_HEADING);
            explanation.setText("Nothing you saved is lost. Please try again in a minute.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Page /{} failed to load", event.getLocation().getPath(), failure);
        heading.setText("Something went wrong");
        explanation.setText("This page could not be shown. Nothing you saved is lost; please try again.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
