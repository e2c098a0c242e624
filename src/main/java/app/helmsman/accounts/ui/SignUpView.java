package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.AccountValidationException;
import app.helmsman.accounts.SignInOptions;
import app.helmsman.accounts.SignUpForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "signup", autoLayout = false)
@PageTitle("Create an account · Helmsman")
@AnonymousAllowed
public class SignUpView extends AuthPage {

    final EmailField email = new EmailField("Email");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create account");
    private final FieldErrors errors = new FieldErrors();

    SignUpView(AccountService accounts, SignInOptions options) {
        super("Create your Helmsman account");
        if (!options.signUpsOpen()) {
            card.add(new Paragraph(AccountService.SIGN_UPS_CLOSED),
                    new Paragraph(new Span("Already have an account? "), SignInPage.link("Sign in")));
            return;
        }
        AccountFields.configure(email, displayName, password);
        errors.bind("email", email).bind("displayName", displayName).bind("password", password);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(event -> {
            try {
                accounts.signUp(new SignUpForm(email.getValue(), displayName.getValue(), password.getValue()));
                getUI().ifPresent(ui -> ui.getPage().setLocation(SignInPage.PATH + "?created"));
            } catch (AccountValidationException e) {
                errors.show(e.fieldErrors());
            }
        });
        card.add(email, displayName, password, create,
                new Paragraph(new Span("Already have an account? "), SignInPage.link("Sign in")));
    }
}
