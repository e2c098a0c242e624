package app.helmsman.accounts.ui;

import app.helmsman.accounts.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** On a signed-in person's first visit, stores the time zone their browser reports (editable in settings). */
@Component
class TimeZoneDetector implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    TimeZoneDetector(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (authentication.isAuthenticated()) {
                accounts.rememberDetectedTimeZone(details.getTimeZoneId());
            }
        }));
    }
}
