package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sign-up (and so setup and password change) refuses common passwords and the email, with a reason. */
class SignUpValidationTest {

    @Test
    void a_common_password_of_ten_characters_is_refused_with_a_reason() {
        var errors = AccountService.validate(new SignUpForm("ada@example.com", "Ada", "password1234"));

        assertThat(errors.get("password")).contains("most common");
    }

    @Test
    void a_password_made_of_the_emails_name_is_refused_with_a_reason() {
        var errors = AccountService.validate(new SignUpForm("lovelace@example.com", "Ada", "lovelace2024"));

        assertThat(errors.get("password")).contains("email address");
    }

    @Test
    void an_uncommon_password_is_accepted() {
        assertThat(AccountService.validate(new SignUpForm("ada@example.com", "Ada", "violet tram under the bridge"))).isEmpty();
    }
}
