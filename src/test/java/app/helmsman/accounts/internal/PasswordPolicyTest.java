package app.helmsman.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password123!", "qwertyuiop", "1q2w3e4r5t6y", "iloveyou123", "Summer2024!",
            "correct horse battery staple", "aaaaaaaaaaaa", "1234567890", "football2019", "letmein1234"})
    void a_common_or_breached_password_is_refused_whatever_its_case(String password) {
        assertThat(PasswordPolicy.problem(password, "ada@example.com")).get().asString().contains("most common");
    }

    @Test
    void the_email_itself_is_refused() {
        assertThat(PasswordPolicy.problem("Ada.Lovelace@example.com", "ada.lovelace@example.com")).get().asString()
                .contains("email address");
    }

    @Test
    void a_password_containing_the_name_part_of_the_email_is_refused() {
        assertThat(PasswordPolicy.problem("my lovelace secret", "lovelace@example.com")).get().asString().contains("email address");
    }

    @Test
    void a_very_short_name_part_does_not_refuse_every_password_containing_it() {
        assertThat(PasswordPolicy.problem("an aluminium kettle sings", "al@example.com")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        assertThat(PasswordPolicy.problem("short one", "ada@example.com")).contains("Use at least 10 characters.");
    }

    @Test
    void a_password_of_only_spaces_is_refused() {
        assertThat(PasswordPolicy.problem("            ", "ada@example.com")).get().asString().contains("not spaces");
    }

    @Test
    void an_unremarkable_long_password_is_accepted() {
        assertThat(PasswordPolicy.problem("violet tram under the bridge", "ada@example.com")).isEmpty();
    }

    @Test
    void the_shipped_list_holds_thousands_of_lowercase_entries_of_at_least_the_minimum_length() throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt"), StandardCharsets.UTF_8))) {
            var entries = reader.lines().filter(line -> !line.startsWith("#")).toList();

            assertThat(entries).hasSizeGreaterThan(5_000);
            assertThat(entries).allSatisfy(entry -> assertThat(entry).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
                    .isEqualTo(entry.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
