package app.helmsman.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.KaribuTest;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.shared.ui.Announcer;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpViewTest extends KaribuTest {

    @Autowired
    UserRepository users;

    @BeforeEach
    void adminExistsSoSignUpIsOpen() {
        fixtures.admin("root@example.com");
        UI.getCurrent().navigate("signup");
    }

    @Test
    void empty_form_shows_a_message_next_to_each_field_and_creates_nothing() {
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Enter your email address.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getErrorMessage()).isEqualTo("Enter the name Helmsman should call you.");
        assertThat(_get(PasswordField.class).getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("3 fields need attention.");
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void short_password_is_rejected_and_everything_typed_is_kept() {
        fill("ada@example.com", "Ada", "short");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(_get(PasswordField.class).getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(_get(EmailField.class).isInvalid()).isFalse();
        assertThat(_get(EmailField.class).getValue()).isEqualTo("ada@example.com");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Ada");
        assertThat(users.findByEmail("ada@example.com")).isEmpty();
    }

    @Test
    void an_email_that_already_has_an_account_is_refused_next_to_the_email() {
        fixtures.user("taken@example.com");
        fill("Taken@Example.com", "Someone", Fixtures.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("An account with this email already exists. Sign in instead.");
        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void valid_details_create_an_account_and_lead_to_sign_in() {
        fill("new@example.com", "New Person", Fixtures.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        var created = users.findByEmail("new@example.com").orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("New Person");
        assertThat(created.getRoles()).containsExactly(Role.USER);
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
        assertThat(pageLoadTarget()).isEqualTo("login?created");
    }

    private static void fill(String email, String name, String password) {
        setValue(_get(EmailField.class), email);
        setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        setValue(_get(PasswordField.class), password);
    }
}
