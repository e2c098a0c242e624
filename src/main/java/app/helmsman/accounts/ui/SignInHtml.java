package app.helmsman.accounts.ui;

import app.helmsman.accounts.SignInOptions;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.accounts.internal.LoginLockedException;
import app.helmsman.accounts.internal.SignInUnavailableException;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page's HTML (ADR 0030). Every text that is not a constant here is escaped. The style is inline and
 * small (no request, nothing render-blocking) and follows Lumo's colours, light or dark by the system's choice.
 */
final class SignInHtml {

    /** What went wrong, in the words the page shows: a short title and what to do. */
    record Problem(String title, String message) {
    }

    static final String CREATED = "Your account is ready. Sign in with your email and password.";
    static final Problem BAD_CREDENTIALS = new Problem("Incorrect email or password", "Check your email and password and try again.");

    /** Lumo's values (light, then dark), so the page looks like the rest of Helmsman without loading Lumo. */
    static final String STYLE = """
            :root { color-scheme: light dark; --base: #fff; --text: hsla(214, 40%, 16%, 0.94); --muted: hsla(214, 42%, 18%, 0.72);
              --primary: hsl(214, 100%, 48%); --primary-text: hsl(214, 100%, 43%); --field: hsla(214, 57%, 24%, 0.1);
              --line: hsla(214, 45%, 20%, 0.52); --error: hsl(3, 89%, 42%); --error-bg: hsla(3, 85%, 49%, 0.1); }
            @media (prefers-color-scheme: dark) { :root { --base: hsl(214, 35%, 21%); --text: hsla(214, 96%, 96%, 0.9);
              --muted: hsla(214, 87%, 92%, 0.72); --primary: hsl(214, 90%, 48%); --primary-text: hsl(214, 100%, 70%);
              --field: hsla(214, 65%, 85%, 0.12); --line: hsla(214, 65%, 85%, 0.5); --error: hsl(3, 100%, 67%);
              --error-bg: hsla(3, 90%, 63%, 0.12); } }
            * { box-sizing: border-box; }
            html { background: var(--base); color: var(--text); -webkit-text-size-adjust: 100%;
              font: 1rem/1.625 -apple-system, BlinkMacSystemFont, "Roboto", "Segoe UI", Helvetica, Arial, sans-serif; }
            body { margin: 0; }
            :focus-visible { outline: 3px solid var(--primary); outline-offset: 2px; }
            .page { display: flex; flex-direction: column; align-items: center; min-height: 100vh; padding: 2.5rem 1rem;
              overflow-wrap: anywhere; }
            .card { width: min(26rem, 100%); }
            h1 { font-size: 1.75rem; line-height: 1.25; font-weight: 600; margin: 0.5em 0 1em; }
            p { margin: 0.75em 0; }
            .notice { color: var(--muted); }
            .alert { border-left: 4px solid var(--error); background: var(--error-bg); padding: 0.5rem 0.75rem;
              border-radius: 0 0.5rem 0.5rem 0; margin: 0 0 1rem; }
            .alert p { margin: 0.25em 0; }
            .alert .title { color: var(--error); font-weight: 600; }
            label { display: block; font-weight: 500; font-size: 0.875rem; color: var(--muted); margin: 1rem 0 0.25rem; }
            input { display: block; width: 100%; min-height: 2.75rem; padding: 0.5rem 0.75rem; font: inherit; color: inherit;
              background: var(--field); border: 1px solid var(--line); border-radius: 0.5rem; }
            button { display: block; width: 100%; min-height: 2.75rem; margin-top: 1.5rem; font: inherit; font-weight: 600;
              color: #fff; background: var(--primary); border: 0; border-radius: 0.5rem; cursor: pointer; }
            a { color: var(--primary-text); display: inline-block; min-height: 24px; }
            .providers { display: flex; flex-direction: column; gap: 0.5rem; margin-top: 1rem; }
            .providers a { display: block; text-align: center; padding: 0.625rem; min-height: 2.75rem; color: var(--text);
              border: 1px solid var(--line); border-radius: 0.5rem; text-decoration: none; }
            """;

    private SignInHtml() {
    }

    /** The words for a failed sign-in (the exception the failure handler kept, or none). */
    static Problem problem(Object failure) {
        if (failure instanceof LoginLockedException locked) {
            return new Problem("Sign-in paused", "Too many failed attempts. For your safety, try again in " + locked.minutes()
                    + (locked.minutes() == 1 ? " minute." : " minutes."));
        }
        if (failure instanceof SignInUnavailableException) {
            return new Problem("Sign-in is unavailable for a moment",
                    "Helmsman cannot reach its database right now. Nothing you saved is lost; please try again in a minute.");
        }
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return new Problem("Could not sign in with that provider", oauth.getError().getDescription());
        }
        return BAD_CREDENTIALS;
    }

    static String render(String base, String notice, Problem problem, List<SignInOptions.Provider> providers) {
        var html = new StringBuilder(4096).append("""
                <!DOCTYPE html>
                <html lang="en" data-hm-static>
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="color-scheme" content="light dark">
                <meta name="description" content="Helmsman: a calm, ADHD-friendly task manager">
                <title>Sign in · Helmsman</title>
                """);
        html.append("<link rel=\"icon\" href=\"").append(e(base)).append("/icons/helmsman.svg\" type=\"image/svg+xml\">\n");
        html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main class=\"page\">\n<div class=\"card\">\n");
        html.append("<h1>Sign in to Helmsman</h1>\n");
        if (notice != null) {
            html.append("<p class=\"notice\" role=\"status\">").append(e(notice)).append("</p>\n");
        }
        if (problem != null) {
            html.append("<div class=\"alert\" role=\"alert\" id=\"sign-in-problem\"><p class=\"title\">").append(e(problem.title()))
                    .append("</p><p>").append(e(problem.message())).append("</p></div>\n");
        }
        var described = problem == null ? "" : " aria-describedby=\"sign-in-problem\"";
        html.append("<form method=\"post\" action=\"").append(e(base)).append("/login\">\n")
                .append("<label for=\"username\">Email</label>\n")
                .append("<input id=\"username\" name=\"username\" type=\"email\" autocomplete=\"username\" required autofocus maxlength=\"")
                .append(SignUpForm.EMAIL_MAX_LENGTH).append('"').append(described).append(">\n")
                .append("<label for=\"password\">Password</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"1000\"")
                .append(described).append(">\n")
                .append("<button type=\"submit\">Sign in</button>\n</form>\n");
        if (!providers.isEmpty()) {
            html.append("<div class=\"providers\">\n");
            for (var provider : providers) {
                html.append("<a href=\"").append(e(base)).append("/oauth2/authorization/").append(e(provider.id())).append("\">Sign in with ")
                        .append(e(provider.name())).append("</a>\n");
            }
            html.append("</div>\n");
        }
        html.append("<p>New here? <a href=\"").append(e(base)).append("/signup\">Create an account</a></p>\n");
        return html.append("</div>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
