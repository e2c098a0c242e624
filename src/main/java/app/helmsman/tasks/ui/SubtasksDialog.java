package app.helmsman.tasks.ui;

import app.helmsman.tasks.ChildrenOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/** Asks what to do with open subtasks when their parent is completed: complete them too, or leave them open. */
final class SubtasksDialog extends Dialog {

    SubtasksDialog(String question, Consumer<ChildrenOption> choice, Runnable cancelled) {
        setHeaderTitle("Complete subtasks too?");
        add(new Paragraph(question));
        var completeAll = new Button("Complete them too", e -> {
            close();
            choice.accept(ChildrenOption.COMPLETE_CHILDREN);
        });
        completeAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var leaveOpen = new Button("Leave them open", e -> {
            close();
            choice.accept(ChildrenOption.LEAVE_CHILDREN_OPEN);
        });
        var cancel = new Button("Cancel", e -> {
            close();
            cancelled.run();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addDialogCloseActionListener(e -> {
            close();
            cancelled.run();
        });
        getFooter().add(cancel, leaveOpen, completeAll);
        completeAll.focus();
    }
}
