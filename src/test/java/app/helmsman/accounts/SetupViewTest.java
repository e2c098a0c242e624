package app.helmsman.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.KaribuTest;
import app.helmsman.accounts.internal.UserRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SetupViewTest extends KaribuTest {

    @Autowired
    SetupService setup;
    @Autowired
    UserRepository users;

    @Test
    void a_wrong_token_is_refused_next_to_the_token_field_and_creates_no_admin() {
        setup.issueToken();
        UI.getCurrent().navigate("setup");
        fill("not-the-token");
        _click(_get(Button.class, spec -> spec.withText("Create admin account")));

        var token = _get(TextField.class, spec -> spec.withLabel("Setup token"));
        assertThat(token.isInvalid()).isTrue();
        assertThat(token.getErrorMessage()).isEqualTo("This setup token is not valid. Use the newest token printed in the server log.");
        assertThat(users.count()).isZero();
        assertThat(setup.setupNeeded()).isTrue();
    }

    @Test
    void the_printed_token_creates_the_first_admin_and_cannot_be_used_again() {
        var token = setup.issueToken();
        UI.getCurrent().navigate("setup");
        fill(token);
        _click(_get(Button.class, spec -> spec.withText("Create admin account")));

        var admin = users.findByEmail("owner@example.com").orElseThrow();
        assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(setup.setupNeeded()).isFalse();

        assertThat(pageLoadTarget()).as("the new admin is sent to sign in").isEqualTo("login?created");
        UI.getCurrent().navigate("setup");
        assertThat(pageLoadTarget()).as("setup, once done, sends everyone to sign in").isEqualTo("login");
        assertThatThrownBy(() -> setup.completeSetup(token, new SignUpForm("second@example.com", "Second", Fixtures.PASSWORD)))
                .isInstanceOf(AccountValidationException.class)
                .hasMessage("Setup is already complete. Sign in instead.");
        assertThat(users.count()).isEqualTo(1);
    }

    private static void fill(String token) {
        setValue(_get(TextField.class, spec -> spec.withLabel("Setup token")), token);
        setValue(_get(EmailField.class), "owner@example.com");
        setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Owner");
        setValue(_get(PasswordField.class), Fixtures.PASSWORD);
    }
}
