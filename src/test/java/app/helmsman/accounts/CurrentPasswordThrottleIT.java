package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The current-password check in Settings is throttled like sign-in, so a left-open session cannot guess the password. */
@IntegrationTest
class CurrentPasswordThrottleIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String hashBefore;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        hashBefore = passwordHash();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void after_five_wrong_current_passwords_even_the_right_one_cannot_change_the_password() {
        for (int i = 0; i < 5; i++) {
            var guess = "wrong guess number " + i;
            assertThatThrownBy(() -> accounts.changePassword(guess, "violet tram under the bridge"))
                    .isInstanceOf(AccountValidationException.class);
        }

        assertThatThrownBy(() -> accounts.changePassword(Fixtures.PASSWORD, "violet tram under the bridge"))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> assertThat(e.fieldErrors().get("currentPassword"))
                        .contains("Too many wrong passwords"));
        assertThat(passwordHash()).isEqualTo(hashBefore);
    }

    @Test
    void after_five_wrong_passwords_the_account_cannot_be_deleted_with_the_right_one() {
        for (int i = 0; i < 5; i++) {
            var guess = "wrong guess number " + i;
            assertThatThrownBy(() -> accounts.deleteAccount(guess)).isInstanceOf(AccountValidationException.class);
        }

        assertThatThrownBy(() -> accounts.deleteAccount(Fixtures.PASSWORD))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> assertThat(e.fieldErrors().get("confirmation"))
                        .contains("Too many wrong passwords"));
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'ada@example.com'", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_right_current_password_after_a_few_wrong_ones_still_works() {
        for (int i = 0; i < 3; i++) {
            var guess = "wrong guess number " + i;
            assertThatThrownBy(() -> accounts.changePassword(guess, "violet tram under the bridge"))
                    .isInstanceOf(AccountValidationException.class);
        }

        accounts.changePassword(Fixtures.PASSWORD, "violet tram under the bridge");

        assertThat(passwordHash()).isNotEqualTo(hashBefore);
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from users where email = 'ada@example.com'", String.class);
    }
}
