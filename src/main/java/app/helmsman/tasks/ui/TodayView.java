package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Home of a signed-in person: what to do today. */
@Route("")
@PageTitle("Today · Helmsman")
@Menu(title = "Today", order = 0)
@PermitAll
public class TodayView extends Div {

    TodayView() {
        add(new H1("Today"));
        var empty = new Paragraph("Nothing planned for today yet. That is fine: one small step is enough.");
        empty.addClassName("hm-muted");
        add(empty);
    }
}
