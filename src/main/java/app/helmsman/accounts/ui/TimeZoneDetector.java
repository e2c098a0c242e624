package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * When a signed-in person opens a window, stores what their browser says about them: on the first visit the time zone
 * it reports (editable in settings), and at every visit its locale (the session's, from {@code Accept-Language}, see
 * {@code shared.ui.BrowserLocale}), so that emails write dates and times as the app does; the latest browser wins.
 */
@Component
class TimeZoneDetector implements VaadinServiceInitListener {

    /** The session attribute naming the locale already stored for this session. */
    private static final String REMEMBERED_LOCALE = TimeZoneDetector.class.getName() + ".locale";
    /** The session attribute naming the zone already handed to the account for this session. */
    private static final String REMEMBERED_ZONE = TimeZoneDetector.class.getName() + ".zone";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    TimeZoneDetector(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var session = init.getUI().getSession();
            var locale = init.getUI().getLocale();
            if (authentication.isAuthenticated() && locale != null) {
                onceFor(session, REMEMBERED_LOCALE, locale, () -> accounts.rememberBrowserLocale(locale));
            }
            init.getUI().getPage().retrieveExtendedClientDetails(details -> {
                var zone = details.getTimeZoneId();
                if (authentication.isAuthenticated() && zone != null) {
                    onceFor(session, REMEMBERED_ZONE, zone, () -> accounts.rememberDetectedTimeZone(zone));
                }
            });
        });
    }

    /**
     * Runs {@code remember} unless this session already stored this value under {@code key}: the browser says the
     * same at every window, so a session costs one database round trip for each, not one per window.
     */
    private static void onceFor(VaadinSession session, String key, Object value, Runnable remember) {
        if (!value.equals(session.getAttribute(key))) {
            remember.run();
            session.setAttribute(key, value);
        }
    }
}
