package app.helmsman.accounts.ui;

import app.helmsman.accounts.SignUpForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The email, name and password fields shared by sign-up and first-run setup. */
final class AccountFields {

    private AccountFields() {
    }

    static void configure(EmailField email, TextField displayName, PasswordField password) {
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(SignUpForm.EMAIL_MAX_LENGTH);
        email.setManualValidation(true);
        email.getElement().setAttribute("autocomplete", "email");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(SignUpForm.DISPLAY_NAME_MAX_LENGTH);
        displayName.setManualValidation(true);
        displayName.setHelperText("What Helmsman should call you");
        displayName.getElement().setAttribute("autocomplete", "name");
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(SignUpForm.PASSWORD_MAX_LENGTH);
        password.setManualValidation(true);
        password.setHelperText("At least " + SignUpForm.PASSWORD_MIN_LENGTH + " characters; not a common password or your email");
        password.getElement().setAttribute("autocomplete", "new-password");
    }
}
