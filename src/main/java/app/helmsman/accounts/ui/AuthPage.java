package app.helmsman.accounts.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Appearance;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;

/** The frame of the pages people see before signing in: one main landmark, one H1, a narrow card. */
abstract class AuthPage extends Main {

    protected final Div card = new Div();

    AuthPage(String heading) {
        addClassName("hm-auth-page");
        card.addClassName("hm-auth-card");
        card.add(new H1(heading));
        add(card);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Appearance.DEFAULT.applyTo(event.getUI());
        add(Announcer.install(event.getUI()));
    }
}
