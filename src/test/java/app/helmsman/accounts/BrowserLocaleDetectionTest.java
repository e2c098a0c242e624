package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser's locale is remembered on the account, for the emails that have no browser. */
class BrowserLocaleDetectionTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserLocales locales;

    UUID ada;

    @BeforeEach
    void signedIn() {
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
    }

    @Test
    void the_browsers_locale_is_stored() {
        accounts.rememberBrowserLocale(Locale.US);

        assertThat(locales.localeOf(ada)).isEqualTo(Locale.US);
    }

    @Test
    void the_latest_browsers_locale_replaces_the_stored_one() {
        accounts.rememberBrowserLocale(Locale.GERMANY);
        accounts.rememberBrowserLocale(Locale.US);

        assertThat(locales.localeOf(ada)).isEqualTo(Locale.US);
    }

    @Test
    void no_locale_a_locale_without_a_language_and_a_tag_longer_than_35_characters_are_ignored() {
        accounts.rememberBrowserLocale(Locale.US);

        accounts.rememberBrowserLocale(null);
        accounts.rememberBrowserLocale(Locale.ROOT);
        accounts.rememberBrowserLocale(Locale.forLanguageTag("en-CA-x-abcdefgh-abcdefgh-abcdefgh-a"));

        assertThat(locales.localeOf(ada)).isEqualTo(Locale.US);
        var longest = Locale.forLanguageTag("en-CA-x-abcdefg-abcdefgh-abcdefgh-a");
        assertThat(longest.toLanguageTag()).hasSize(35);
        accounts.rememberBrowserLocale(longest);
        assertThat(locales.localeOf(ada)).isEqualTo(longest);
    }

    @Test
    void a_window_opened_by_a_signed_in_person_stores_its_locale_and_one_opened_signed_out_does_not() {
        openWindow(Locale.US);
        assertThat(locales.localeOf(ada)).isEqualTo(Locale.US);

        fixtures.signOut();
        openWindow(Locale.GERMANY);
        assertThat(locales.localeOf(ada)).isEqualTo(Locale.US);
    }

    /** A new window in this session, with the UI init listeners the app registered (TimeZoneDetector's among them). */
    private static void openWindow(Locale browser) {
        var current = UI.getCurrent();
        var ui = new UI();
        ui.getInternals().setSession(VaadinSession.getCurrent());
        ui.setLocale(browser);
        VaadinService.getCurrent().fireUIInitListeners(ui);
        UI.setCurrent(current);
    }
}
