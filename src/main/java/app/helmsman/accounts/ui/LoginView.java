package app.helmsman.accounts.ui;

import app.helmsman.accounts.SetupService;
import app.helmsman.accounts.SignInOptions;
import app.helmsman.accounts.internal.LoginLockedException;
import app.helmsman.accounts.internal.SignInUnavailableException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Helmsman")
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final SetupService setup;
    private final AuthenticationContext authentication;
    private final Paragraph notice = new Paragraph();

    LoginView(SetupService setup, SignInOptions options, AuthenticationContext authentication) {
        super("Sign in to Helmsman");
        this.setup = setup;
        this.authentication = authentication;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        // the form's own "Sign in" heading is level 1 by default: a second H1 beside the page's
        form.getElement().setProperty("headingLevel", 2);
        form.setI18n(i18n("Incorrect email or password", "Check your email and password and try again."));
        notice.addClassName("hm-muted");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        card.add(notice, form);

        if (!options.providers().isEmpty()) {
            var providers = new Div();
            providers.addClassName("hm-provider-buttons");
            options.providers().forEach(provider -> {
                var link = new Anchor("oauth2/authorization/" + provider.id(), "Sign in with " + provider.name());
                link.setRouterIgnore(true);
                providers.add(link);
            });
            card.add(providers);
        }
        card.add(new Paragraph(new com.vaadin.flow.component.html.Span("New here? "), new RouterLink("Create an account", SignUpView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.setupNeeded()) {
            event.forwardTo(SetupView.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("created")) {
            notice.setText("Your account is ready. Sign in with your email and password.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("error")) {
            var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            var failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LoginLockedException locked) {
                form.setI18n(i18n("Sign-in paused", "Too many failed attempts. For your safety, try again in " + locked.minutes()
                        + (locked.minutes() == 1 ? " minute." : " minutes.")));
            } else if (failure instanceof SignInUnavailableException) {
                form.setI18n(i18n("Sign-in is unavailable for a moment",
                        "Helmsman cannot reach its database right now. Nothing you saved is lost; please try again in a minute."));
            } else if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
                form.setI18n(i18n("Could not sign in with that provider", oauth.getError().getDescription()));
            }
            form.setError(true);
        }
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
