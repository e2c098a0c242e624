package app.helmsman;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import app.helmsman.shared.ui.Keys;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.node.JsonNodeFactory;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.lang.reflect.Method;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the Karibu view tests: a mocked browser session against the real Spring context and
 * database, with every route of the app. Each test starts from an empty database.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.helmsman");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Fixtures fixtures;

    @BeforeEach
    void setUpVaadin() {
        fixtures.resetDatabase();
        fixtures.signOut();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        // the test person's browser is British: "Mon 7 Dec", "09:30" (DateFormats follows the browser's locale)
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.UK);
        UI.getCurrent().setLocale(java.util.Locale.UK);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        fixtures.signOut();
    }

    /**
     * Sets a field's value as if the person typed or picked it in the browser ({@code isFromClient()} is
     * true). Karibu 2.6.2's {@code _setValue} calls a method Vaadin 25.2 removed, so this goes through
     * {@code AbstractField.setModelValue(value, true)}, the method the client-side change itself uses.
     */
    protected static <V> void setValue(HasValue<?, V> field, V value) {
        if (field instanceof Component component && !component.getElement().isEnabled()) {
            throw new IllegalStateException("field is disabled: " + component);
        }
        if (field instanceof AbstractField<?, ?>) {
            try {
                Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
                setModelValue.setAccessible(true);
                setModelValue.invoke(field, value, true);
                return;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        field.setValue(value);
    }

    /**
     * Where the page was sent with a full page load since the last call ({@code Page.setLocation}, a navigation
     * forwarded to a URL such as the server-rendered sign-in page), or null: Vaadin asks the browser to
     * {@code window.open(url, '_self')}.
     */
    protected static String pageLoadTarget() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("window.open($0, $1)") && "_self".equals(invocation.getParameters().get(1)))
                .map(invocation -> String.valueOf(invocation.getParameters().getFirst())).reduce((first, last) -> last).orElse(null);
    }

    /** Signs in as an existing account, as the security filter chain would for a real request. */
    protected void signIn(String email) {
        fixtures.signIn(email);
        var authentication = fixtures.authentication();
        var roles = fixtures.roleNames(email);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Presses a plain key (see {@link Keys#plain}) on a component, as the browser would send it. */
    protected static void press(Component scope, String key) {
        fireKey(scope, Keys.plainFilter(key));
    }

    /** Presses Ctrl+key (see {@link Keys#ctrl}). */
    protected static void pressCtrl(Component scope, String key) {
        fireKey(scope, Keys.ctrlFilter(key));
    }

    /** Presses Alt+key (see {@link Keys#alt}). */
    protected static void pressAlt(Component scope, String key) {
        fireKey(scope, Keys.altFilter(key));
    }

    private static void fireKey(Component scope, String filter) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(Keys.claimed(filter), true);
        ElementUtilsKt._fireDomEvent(scope.getElement(), new DomEvent(scope.getElement(), "keydown", data));
    }
}
