package app.helmsman.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The frame of Helmsman's error pages: one main landmark, one H1, a calm sentence and a way on. They stand
 * alone (no shell) because they are also shown to people who are not signed in.
 */
abstract class ErrorPage extends Main {

    private final AppearancePreferences appearance;
    private final Paragraph explanation = new Paragraph();

    ErrorPage(AppearancePreferences appearance, String heading) {
        this.appearance = appearance;
        addClassName("hm-auth-page");
        var card = new Div();
        card.addClassName("hm-auth-card");
        var signedIn = appearance.owner().isPresent();
        var onwards = signedIn ? new Anchor("", "Go to Today") : new Anchor("login", "Go to sign in");
        // the sign-in page is server-rendered, not a route: a full page load (ADR 0030)
        onwards.setRouterIgnore(!signedIn);
        card.add(new H1(heading), explanation, new Paragraph(onwards));
        add(card);
    }

    void explain(String text) {
        explanation.setText(text);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        appearance.current().applyTo(event.getUI());
        add(Announcer.install(event.getUI()));
    }
}
