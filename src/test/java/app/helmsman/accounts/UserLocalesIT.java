package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The locale of a given person, for background jobs (emails) that run without anyone signed in. */
@IntegrationTest
class UserLocalesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserLocales locales;

    UUID kiri;
    UUID uma;

    @BeforeEach
    void twoPeople() {
        fixtures.resetDatabase();
        fixtures.signOut();
        kiri = fixtures.user("kiri@example.com");
        uma = fixtures.user("uma@example.com");
        fixtures.locale(kiri, "en-US");
    }

    @Test
    void a_persons_stored_browser_locale_is_their_locale() {
        assertThat(locales.localeOf(kiri)).isEqualTo(Locale.US);
    }

    @Test
    void no_stored_locale_an_ill_formed_tag_an_unknown_language_and_an_unknown_person_are_british_english() {
        assertThat(locales.localeOf(uma)).isEqualTo(Locale.UK);
        fixtures.locale(uma, "not a tag!");
        assertThat(locales.localeOf(uma)).isEqualTo(Locale.UK);
        fixtures.locale(uma, "qq-ZZ");
        assertThat(locales.localeOf(uma)).isEqualTo(Locale.UK);
        assertThat(locales.localeOf(UUID.randomUUID())).isEqualTo(Locale.UK);
    }

    @Test
    void the_locales_of_many_people_come_in_one_answer() {
        var stranger = UUID.randomUUID();

        assertThat(locales.localesOf(List.of(kiri, uma, stranger))).containsOnly(
                entry(kiri, Locale.US), entry(uma, Locale.UK), entry(stranger, Locale.UK));
        assertThat(locales.localesOf(List.of())).isEmpty();
    }
}
