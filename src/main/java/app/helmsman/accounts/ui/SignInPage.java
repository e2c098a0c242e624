package app.helmsman.accounts.ui;

import app.helmsman.accounts.SetupService;
import app.helmsman.accounts.SignInOptions;
import com.vaadin.flow.component.html.Anchor;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, rendered on the server as plain HTML (ADR 0030): it paints at once on a phone, needs no
 * JavaScript and creates no HTTP session for an anonymous visitor. The form posts to Spring Security's form
 * login at {@code POST /login}; {@code LoginOriginFilter} is its login-CSRF defence (ADR 0003).
 * A signed-in person is sent to Today, and everyone to {@code /setup} while Helmsman has no admin yet.
 */
@Controller
class SignInPage {

    /** The page's address relative to the app's base (Vaadin pages resolve it against {@code <base href>}). */
    static final String PATH = "login";

    private final SetupService setup;
    private final SignInOptions options;
    private final SecurityContextHolderStrategy contexts;

    SignInPage(SetupService setup, SignInOptions options, SecurityContextHolderStrategy contexts) {
        this.setup = setup;
        this.options = options;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request) {
        var base = request.getContextPath();
        if (setupNeeded()) {
            return redirect(base + "/setup");
        }
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return redirect(base + "/");
        }
        var parameters = request.getParameterMap();
        var notice = parameters.containsKey("created") ? SignInHtml.CREATED : null;
        SignInHtml.Problem problem = null;
        if (parameters.containsKey("error")) {
            // read, never create: the failure handler put it in the session the failed POST made
            var session = request.getSession(false);
            problem = SignInHtml.problem(session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
        }
        var html = SignInHtml.render(base, notice, problem, options.providers());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }

    /**
     * Whether Helmsman still has no admin. While the database cannot be reached the form is shown all the same:
     * signing in then says so calmly (SignInUnavailableException) instead of this page failing.
     */
    private boolean setupNeeded() {
        try {
            return setup.setupNeeded();
        } catch (DataAccessException | TransactionException unreachable) {
            return false;
        }
    }

    /** A link from a Vaadin page to this one: a full page load, not a router navigation. */
    static Anchor link(String text) {
        var link = new Anchor(PATH, text);
        link.setRouterIgnore(true);
        return link;
    }

    private static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }
}
