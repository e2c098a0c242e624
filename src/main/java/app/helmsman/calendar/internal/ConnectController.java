package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The browser's side of connecting a calendar: {@code GET /calendar/connect/{google|outlook}} sends the signed-in
 * person to the provider's consent page; the provider sends them back to {@code /calendar/oauth/{provider}/callback}
 * (register this redirect URI at the provider), where state and PKCE are checked against the person's session.
 * Both addresses need a signed-in person (the security chain sends anyone else to sign in). Every outcome returns
 * to {@link #RETURN_PATH} with a word the connections section turns into a sentence.
 */
@Controller
class ConnectController {

    /** Where people land after connecting (the connections section's page). */
    static final String RETURN_PATH = "/calendar-connections";
    static final String SESSION_KEY = ConnectController.class.getName() + ".pending";
    /** At most this many connections under way per session (older ones are dropped). */
    static final int MAX_PENDING = 5;
    private static final Logger log = LoggerFactory.getLogger(ConnectController.class);

    private final ConnectFlow flow;

    ConnectController(ConnectFlow flow) {
        this.flow = flow;
    }

    @GetMapping("/calendar/connect/{provider}")
    RedirectView connect(@PathVariable String provider, HttpServletRequest request) {
        var chosen = provider(provider);
        if (chosen == null) {
            return back("error", "unknown");
        }
        try {
            var pending = flow.begin(chosen);
            pending(request.getSession()).put(pending.state(), pending);
            return redirect(flow.authorizationUri(pending, redirectUri(chosen)).toString());
        } catch (ConnectFlow.ConnectException e) {
            return back("error", "unavailable");
        }
    }

    @GetMapping("/calendar/oauth/{provider}/callback")
    RedirectView callback(@PathVariable String provider, @RequestParam(required = false) String code, @RequestParam(required = false) String state,
                          @RequestParam(required = false) String error, HttpServletRequest request) {
        var chosen = provider(provider);
        var session = request.getSession(false);
        var pending = session == null || state == null ? null : pending(session).remove(state);
        if (chosen == null || pending == null || pending.provider() != chosen) {
            return back("error", "state");
        }
        if (error != null) {
            return back("error", "access_denied".equals(error) ? "denied" : "provider");
        }
        try {
            var connected = flow.complete(pending, code, redirectUri(chosen));
            return back("connected", chosen.slug() + (connected.calendars() < 0 ? "-unlisted" : ""));
        } catch (ConnectFlow.ConnectException e) {
            return back("error", "failed");
        } catch (AccessDeniedException e) {
            return back("error", "state");
        } catch (RuntimeException e) {
            log.warn("Connecting {} failed: {}", chosen, e.toString());
            return back("error", "failed");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ConnectFlow.Pending> pending(HttpSession session) {
        synchronized (session) {
            var map = (Map<String, ConnectFlow.Pending>) session.getAttribute(SESSION_KEY);
            if (map == null) {
                map = new LinkedHashMap<>() {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, ConnectFlow.Pending> eldest) {
                        return size() > MAX_PENDING;
                    }
                };
                session.setAttribute(SESSION_KEY, map);
            }
            return map;
        }
    }

    private static CalendarProvider provider(String slug) {
        return Arrays.stream(CalendarProvider.values()).filter(p -> p.slug().equals(slug.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    /** The callback on this installation, as the browser reaches it (forwarded headers applied in prod). */
    static String redirectUri(CalendarProvider provider) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/oauth/" + provider.slug() + "/callback").toUriString();
    }

    private static RedirectView back(String key, String value) {
        return redirect(ServletUriComponentsBuilder.fromCurrentContextPath().path(RETURN_PATH).queryParam(key, value).toUriString());
    }

    private static RedirectView redirect(String url) {
        var view = new RedirectView(url);
        view.setExposeModelAttributes(false);
        return view;
    }
}
