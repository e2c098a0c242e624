package app.helmsman.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutViewTest extends KaribuTest {

    @Autowired
    AppearancePreferences appearance;

    @Test
    void today_has_landmarks_a_skip_link_and_exactly_one_heading_of_level_one() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");

        LocatorJ._assertOne(Header.class);
        LocatorJ._assertOne(Nav.class);
        LocatorJ._assertOne(Main.class);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Today");
        var skip = _get(Anchor.class, spec -> spec.withText("Skip to main content"));
        assertThat(skip.getHref()).isEqualTo("#" + _get(Main.class).getId().orElseThrow());
    }

    @Test
    void navigation_lists_the_admin_console_only_for_admins() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsSubsequence("Today", "Inbox", "Settings", "Your data").doesNotContain("Admin");
    }

    @Test
    void navigation_shows_the_admin_console_to_an_admin() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsSubsequence("Today", "Inbox", "Settings", "Your data", "Admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_header_theme_switch_is_saved_for_the_person() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        var theme = (Select<Appearance.Theme>) _get(Select.class, spec -> spec.withClasses("hm-theme-select"));

        setValue(theme, Appearance.Theme.DARK);

        assertThat(appearance.current().theme()).isEqualTo(Appearance.Theme.DARK);
    }

    @Test
    void menu_and_account_say_whether_their_panel_is_open_and_only_one_is_open_at_a_time() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
        var menu = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Menu"));
        var account = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Account"));
        var nav = _get(Nav.class);
        var accountPanel = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("hm-account"));

        com.github.mvysny.kaributesting.v10.LocatorJ._click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(nav.hasClassName("open")).isTrue();

        com.github.mvysny.kaributesting.v10.LocatorJ._click(account);
        assertThat(account.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(accountPanel.hasClassName("open")).isTrue();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(nav.hasClassName("open")).isFalse();

        UI.getCurrent().navigate("inbox");
        assertThat(account.getElement().getAttribute("aria-expanded")).as("navigating closes it").isEqualTo("false");
        assertThat(accountPanel.hasClassName("open")).isFalse();
    }
}
