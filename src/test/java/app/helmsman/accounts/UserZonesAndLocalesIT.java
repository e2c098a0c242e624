package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The zone and the locale of a given person, for background jobs (days, emails) that run without anyone signed in. */
@IntegrationTest
class UserZonesAndLocalesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserTimeZones zones;
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
        fixtures.timeZone(kiri, "Pacific/Auckland");
        fixtures.locale(kiri, "en-US");
    }

    @Test
    void a_persons_chosen_zone_is_their_zone() {
        assertThat(zones.zoneOf(kiri)).isEqualTo(ZoneId.of("Pacific/Auckland"));
    }

    @Test
    void a_zone_not_known_yet_an_unknown_zone_id_and_an_unknown_person_are_utc() {
        fixtures.timeZone(uma, "Mars/Olympus_Mons");

        assertThat(zones.zoneOf(uma)).isEqualTo(ZoneOffset.UTC);
        fixtures.timeZone(uma, null);
        assertThat(zones.zoneOf(uma)).isEqualTo(ZoneOffset.UTC);
        assertThat(zones.zoneOf(UUID.randomUUID())).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void the_zones_of_many_people_come_in_one_answer() {
        var stranger = UUID.randomUUID();

        assertThat(zones.zonesOf(List.of(kiri, uma, stranger))).containsOnly(
                org.assertj.core.api.Assertions.entry(kiri, ZoneId.of("Pacific/Auckland")),
                org.assertj.core.api.Assertions.entry(uma, ZoneOffset.UTC),
                org.assertj.core.api.Assertions.entry(stranger, ZoneOffset.UTC));
        assertThat(zones.zonesOf(List.of())).isEmpty();
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
                org.assertj.core.api.Assertions.entry(kiri, Locale.US), org.assertj.core.api.Assertions.entry(uma, Locale.UK),
                org.assertj.core.api.Assertions.entry(stranger, Locale.UK));
        assertThat(locales.localesOf(List.of())).isEmpty();
    }
}
