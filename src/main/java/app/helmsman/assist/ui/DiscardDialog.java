package app.helmsman.assist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Discard this brain dump?": losing a long dump by one stray click would hurt, so it asks first. */
final class DiscardDialog extends Dialog {

    DiscardDialog(Runnable discard) {
        setHeaderTitle("Discard this brain dump?");
        add(new Paragraph("The text and any proposed tasks will be gone, on every device. Saved tasks stay."));
        var yes = new Button("Discard", e -> {
            close();
            discard.run();
        });
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        var no = new Button("Keep it", e -> close());
        getFooter().add(no, yes);
        no.focus();
    }
}
