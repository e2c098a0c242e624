package app.helmsman.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Shown when the task was saved elsewhere meanwhile: the person chooses, nothing they typed is lost before that. */
class ConflictBar extends Div {

    final Button keepMine = new Button("Keep mine");
    final Button takeTheirs = new Button("Take theirs");
    private final Paragraph message = new Paragraph();

    ConflictBar(Runnable keep, Runnable take) {
        addClassName("hm-conflict");
        getElement().setAttribute("role", "alert");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(e -> keep.run());
        takeTheirs.addClickListener(e -> take.run());
        add(message, new Div(keepMine, takeTheirs));
        setVisible(false);
    }

    void show(String theirTitle) {
        message.setText("This task was changed elsewhere (now \u201c" + theirTitle + "\u201d) and your last change is not saved."
                + " Keep mine saves what you see here over it; take theirs shows their version.");
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
