package app.helmsman.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_british_person_sees_day_month_and_a_24_hour_clock_everywhere() {
        assertThat(DateFormats.day(DAY, Locale.UK)).isEqualTo("Mon 7 Dec");
        assertThat(DateFormats.longDay(DAY, Locale.UK)).isEqualTo("Monday 7 December");
        assertThat(DateFormats.time(LocalTime.of(15, 0), Locale.UK)).isEqualTo("15:00");
        assertThat(DateFormats.pickerPattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void an_american_sees_month_day_and_a_12_hour_clock_everywhere() {
        assertThat(DateFormats.day(DAY, Locale.US)).isEqualTo("Mon, Dec 7");
        assertThat(DateFormats.time(LocalTime.of(15, 0), Locale.US).replace('\u202f', ' ')).isEqualTo("3:00 PM");
        assertThat(DateFormats.pickerPattern(Locale.US)).isEqualTo("M/d/yyyy");
    }

    @Test
    void a_german_picker_reads_dotted_dates_with_a_four_digit_year() {
        assertThat(DateFormats.pickerPattern(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
        assertThat(DateFormats.time(LocalTime.of(9, 0), Locale.GERMANY)).isEqualTo("09:00");
    }

    @Test
    void a_moment_is_written_with_the_locales_day_and_clock() {
        var at = LocalDateTime.of(2026, 12, 7, 15, 0);
        assertThat(DateFormats.dayTime(at, Locale.UK)).isEqualTo("Mon 7 Dec, 15:00");
        assertThat(DateFormats.dayTime(at, Locale.US).replace('\u202f', ' ')).isEqualTo("Mon, Dec 7, 3:00 PM");
        assertThat(DateFormats.dateTime(at, Locale.UK)).isEqualTo("7 Dec 2026, 15:00");
        assertThat(DateFormats.dateTime(at, Locale.US).replace('\u202f', ' ')).isEqualTo("Dec 7, 2026, 3:00 PM");
        assertThat(DateFormats.dateTime(at, Locale.GERMANY)).isEqualTo("07.12.2026, 15:00");
    }

    @Test
    void outside_a_ui_the_fallback_locale_is_used() {
        assertThat(DateFormats.locale()).isEqualTo(DateFormats.FALLBACK);
    }
}
