package app.helmsman.shared.ui;

import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell of every signed-in view: a header (skip link, name, theme, sign out), the main navigation
 * built from the views' {@code @Menu} entries, the one {@code main} landmark and the live region.
 * Landmarks are plain HTML elements so that there is exactly one of each (STYLE.md section 8).
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "main-content";
    /** The attribute of the one field that gets focus when a view is navigated to, instead of its heading. */
    public static final String INITIAL_FOCUS = "data-hm-initial-focus";

    private final Main main = new Main();
    private final Nav nav = new Nav();
    private final SideNav sideNav = new SideNav();
    private final Button menuToggle = new Button("Menu");
    private final Button accountToggle = new Button("Account");
    private final Div account = new Div();
    private final AppearancePreferences appearance;
    private final LiveUpdates live;
    private final Select<Appearance.Theme> theme = new Select<>();
    private final List<ShellContribution> contributions;
    private final List<Registration> contributionRegistrations = new ArrayList<>();
    private Registration liveRegistration;
    private boolean navigatedBefore;

    public MainLayout(AuthenticationContext authentication, AppearancePreferences appearance, LiveUpdates live,
                      List<ShellContribution> contributions) {
        this.appearance = appearance;
        this.contributions = List.copyOf(contributions);
        this.live = live;
        addClassName("hm-shell");

        var skipLink = new Anchor("#" + MAIN_ID, "Skip to main content");
        skipLink.addClassName("skip-link");
        // "#main-content" resolves against <base href="/">, so a plain link would leave /inbox for Today:
        // the link moves focus itself, in the page, and stays a link for people who open it in a new tab.
        skipLink.setRouterIgnore(true);
        skipLink.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } });", MAIN_ID);

        var brand = new Anchor("", "Helmsman");
        brand.addClassName("hm-brand");

        menuToggle.addClassName("hm-menu-toggle");
        menuToggle.getElement().setAttribute("aria-expanded", "false");
        menuToggle.getElement().setAttribute("aria-controls", "main-nav");
        menuToggle.addClickListener(e -> setNavOpen(!nav.hasClassName("open"), true));
        accountToggle.addClassName("hm-account-toggle");
        accountToggle.getElement().setAttribute("aria-expanded", "false");
        accountToggle.getElement().setAttribute("aria-controls", "hm-account");
        accountToggle.addClickListener(e -> setAccountOpen(!account.hasClassName("open"), true));

        theme.setAriaLabel("Theme");
        theme.setItems(Appearance.Theme.values());
        theme.setItemLabelGenerator(Appearance.Theme::label);
        theme.addClassName("hm-theme-select");
        theme.setValue(appearance.current().theme());
        theme.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var changed = new Appearance(e.getValue(), appearance.current().reducedMotion(), appearance.current().textSize());
                appearance.save(changed);
                getUI().ifPresent(changed::applyTo);
                Announcer.announce("Theme changed to " + e.getValue().label());
            }
        });

        var userName = new Span(authentication.getPrincipalName().orElse(""));
        userName.addClassName("hm-user");
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var spacer = new Div();
        spacer.addClassName("hm-header-spacer");
        var header = new Header(skipLink, menuToggle, brand, spacer);
        this.contributions.forEach(c -> c.headerActions().forEach(header::add));
        // On small screens the account items collapse behind "Account" (styles.css); on wide ones they sit in the row.
        account.setId("hm-account");
        account.addClassName("hm-account");
        account.add(theme, userName, signOut);
        header.add(accountToggle, account);
        header.addClassName("hm-header");
        // Escape closes the open drawer or account menu and gives focus back to the button that opened it.
        header.getElement().addEventListener("keydown", e -> closeMenus())
                .setFilter("event.key === 'Escape' && (element.querySelector('.hm-account.open') !== null"
                        + " || element.parentElement.querySelector('.hm-nav.open') !== null)");
        header.getElement().addEventListener("focusout", e -> setAccountOpen(false, false))
                .setFilter("element.querySelector('.hm-account.open') !== null && !!event.relatedTarget"
                        + " && !element.querySelector('.hm-account').contains(event.relatedTarget)"
                        + " && event.relatedTarget !== element.querySelector('.hm-account-toggle')");

        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        nav.addClassName("hm-nav");
        // The nav element is the one landmark; the side nav inside it is only its list of links (not a second, unnamed nav).
        sideNav.getElement().setAttribute("role", "none");
        nav.add(sideNav);
        nav.getElement().addEventListener("keydown", e -> closeMenus()).setFilter("event.key === 'Escape' && element.classList.contains('open')");
        // Tabbing out of the open drawer (into the content it covers) closes it.
        nav.getElement().addEventListener("focusout", e -> setNavOpen(false, false))
                .setFilter("element.classList.contains('open') && !!event.relatedTarget && !element.contains(event.relatedTarget)"
                        + " && event.relatedTarget !== element.parentElement.querySelector('.hm-menu-toggle')");
        MenuConfiguration.getMenuEntries().forEach(entry -> sideNav.addItem(new SideNavItem(entry.title(), entry.path())));
        this.contributions.forEach(c -> c.navigation().forEach(nav::add));

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("hm-main");

        add(header, nav, main);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        add(Announcer.install(ui));
        appearance.current().applyTo(ui);
        contributions.forEach(c -> contributionRegistrations.add(c.attach(ui)));
        appearance.owner().ifPresent(owner -> liveRegistration = live.subscribe(ui, owner, Set.of("settings"), hints -> {
            // Settings changed in another window or device: follow them here too, without moving focus.
            var changed = appearance.current();
            changed.applyTo(ui);
            theme.setValue(changed.theme());
            hints.stream().map(LiveHint::summary).filter(s -> !s.isBlank()).findFirst().ifPresent(s -> Announcer.announce(ui, s));
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        contributionRegistrations.forEach(Registration::remove);
        contributionRegistrations.clear();
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setNavOpen(false, false);
        setAccountOpen(false, false);
        if (navigatedBefore) {
            // After an in-app navigation, put keyboard and screen-reader focus on the new view's heading, or on the
            // field a view marks as where work starts (the search field: typing "/" is about typing words).
            main.getElement().executeJs("const f = this.querySelector('[" + INITIAL_FOCUS + "]'); if (f) { f.focus(); return; }"
                    + " const h = this.querySelector('h1'); if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
        }
        navigatedBefore = true;
    }

    /** Opens or closes the navigation drawer; opened by its button, focus moves to the first entry. */
    private void setNavOpen(boolean open, boolean moveFocus) {
        if (open) {
            setAccountOpen(false, false);
        }
        nav.setClassName("open", open);
        menuToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        if (open && moveFocus) {
            // the item's link lives in its shadow root
            nav.getElement().executeJs("const first = this.querySelector('vaadin-side-nav-item'); if (first) {"
                    + " const link = first.shadowRoot && first.shadowRoot.querySelector('a'); (link || first).focus(); }");
        }
    }

    /** Opens or closes the account menu (theme, who is signed in, sign out) of small screens. */
    private void setAccountOpen(boolean open, boolean moveFocus) {
        if (open) {
            setNavOpen(false, false);
        }
        account.setClassName("open", open);
        accountToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        if (open && moveFocus) {
            theme.focus();
        }
    }

    /** Escape: whichever menu is open closes, and focus returns to its button. */
    private void closeMenus() {
        if (nav.hasClassName("open")) {
            setNavOpen(false, false);
            menuToggle.focus();
        }
        if (account.hasClassName("open")) {
            setAccountOpen(false, false);
            accountToggle.focus();
        }
    }
}
