package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.AccountValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Deleting the account for good, after typing the password (or the email, for an account without one) and confirming. */
final class DeleteAccountSection extends Section {

    final PasswordField confirmation = new PasswordField("Your password (or, without one, your email address)");
    final Button delete = new Button("Delete my account");

    DeleteAccountSection(AccountService accounts, AuthenticationContext authentication) {
        add(new H2("Delete your account"));
        add(new Paragraph("This deletes your account with every task, project, area and tag, on every device, and cannot be undone. "
                + "Projects you shared disappear for their members too. Download a backup first if you may want your tasks back."));
        confirmation.setManualValidation(true);
        confirmation.getElement().setAttribute("autocomplete", "current-password");
        confirmation.setWidth("24rem");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            var dialog = new ConfirmDialog("Delete your account for good?", "Everything of yours will be gone. There is no undo.",
                    "Delete everything", ok -> {
                        try {
                            accounts.deleteAccount(confirmation.getValue());
                            authentication.logout();
                        } catch (AccountValidationException problem) {
                            confirmation.setErrorMessage(problem.fieldErrors().getOrDefault("confirmation", problem.getMessage()));
                            confirmation.setInvalid(true);
                            confirmation.focus();
                        }
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.addCancelListener(c -> delete.focus());
            dialog.open();
        });
        add(confirmation, delete);
        addClassName("hm-data-delete");
    }
}
