package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountValidationException;
import app.helmsman.accounts.SetupService;
import app.helmsman.accounts.SignUpForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First run: the person who installed Helmsman proves it with the token from the server log and becomes admin. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Helmsman")
@AnonymousAllowed
public class SetupView extends AuthPage implements BeforeEnterObserver {

    final TextField token = new TextField("Setup token");
    final EmailField email = new EmailField("Admin email");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create admin account");
    private final SetupService setup;
    private final FieldErrors errors = new FieldErrors();

    SetupView(SetupService setup) {
        super("Set up Helmsman");
        this.setup = setup;
        token.setRequiredIndicatorVisible(true);
        token.setManualValidation(true);
        token.setHelperText("Printed in the server log when Helmsman started");
        token.getElement().setAttribute("autocomplete", "off");
        AccountFields.configure(email, displayName, password);
        errors.bind("token", token).bind("email", email).bind("displayName", displayName).bind("password", password);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(event -> {
            try {
                setup.completeSetup(token.getValue(), new SignUpForm(email.getValue(), displayName.getValue(), password.getValue()));
                getUI().ifPresent(ui -> ui.getPage().setLocation(SignInPage.PATH + "?created"));
            } catch (AccountValidationException e) {
                errors.show(e.fieldErrors());
            }
        });
        card.add(new Paragraph("Helmsman has no admin yet. Create the first admin account with the one-time token from the server log."),
                token, email, displayName, password, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.setupNeeded()) {
            event.forwardToUrl(SignInPage.PATH);
        }
    }
}
