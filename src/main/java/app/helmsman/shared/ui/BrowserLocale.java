package app.helmsman.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The person's locale is their browser's: without an i18n provider Vaadin would give every session the server's
 * default locale, so a session starts with the request's {@code Accept-Language} (see {@link DateFormats}).
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            var locale = e.getRequest().getLocale();
            if (locale != null && !locale.getLanguage().isEmpty()) {
                e.getSession().setLocale(locale);
            }
        });
    }
}
