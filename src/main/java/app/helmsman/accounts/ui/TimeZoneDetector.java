package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    TimeZoneDetector(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            // once per session and locale: not a database round trip for every window
            var session = init.getUI().getSession();
            var locale = init.getUI().getLocale();
            if (authentication.isAuthenticated() && locale != null && !locale.equals(session.getAttribute(REMEMBERED_LOCALE))) {
                accounts.rememberBrowserLocale(locale);
                session.setAttribute(REMEMBERED_LOCALE, locale);
            }
            init.getUI().getPage().retrieveExtendedClientDetails(details -> {
                if (authentication.isAuthenticated()) {
                    accounts.rememberDetectedTimeZone(details.getTimeZoneId());
                }
            });
        });
    }
}
