package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.BERLIN;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.PARSER;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.quickadd.Recognised.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Do dates, times and deadlines, as of Saturday 28 November 2026, 10:00. */
class QuickAddDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "today | 2026-11-28",
        "Today | 2026-11-28",
        "tonight | 2026-11-28",
        "tomorrow | 2026-11-29",
        "TOMORROW | 2026-11-29",
        "tmrw | 2026-11-29",
        "tmr | 2026-11-29",
        "day after tomorrow | 2026-11-30",
        "Friday | 2026-12-04",
        "friday | 2026-12-04",
        "on Friday | 2026-12-04",
        "on Fri | 2026-12-04",
        "on Sat | 2026-12-05",
        "this Friday | 2026-12-04",
        "this Saturday | 2026-11-28",
        "next Friday | 2026-12-04",
        "next Mon | 2026-11-30",
        "Saturday | 2026-12-05",
        "Sunday | 2026-11-29",
        "Monday | 2026-11-30",
        "next week | 2026-11-30",
        "next weekend | 2026-12-05",
        "this weekend | 2026-11-28",
        "next month | 2026-12-01",
        "next year | 2027-01-01",
        "in 3 days | 2026-12-01",
        "in 1 day | 2026-11-29",
        "in 2 weeks | 2026-12-12",
        "in two weeks | 2026-12-12",
        "in a week | 2026-12-05",
        "in 1 month | 2026-12-28",
        "in a year | 2027-11-28",
    })
    void relative_date_is_counted_from_today(String phrase, LocalDate date) {
        ParsedTask task = parse("Water plants " + phrase);

        assertThat(task.doDate()).contains(date);
        assertThat(task.title()).isEqualTo("Water plants");
        assertThat(task.parts()).singleElement().extracting(Recognised::text).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "31 Dec | 2026-12-31",
        "Dec 31 | 2026-12-31",
        "December 31st | 2026-12-31",
        "31st of December | 2026-12-31",
        "on 31 Dec | 2026-12-31",
        "on the 5th of May | 2027-05-05",
        "May 5 | 2027-05-05",
        "Sept 3 | 2027-09-03",
        "3 sep | 2027-09-03",
        "1 Jan | 2027-01-01",
        "Jan 1st | 2027-01-01",
        "28 Nov | 2026-11-28",
        "27 Nov | 2027-11-27",
        "Nov 27 | 2027-11-27",
        "2026-12-31 | 2026-12-31",
        "2025-01-15 | 2025-01-15",
        "31 Dec 2027 | 2027-12-31",
        "Dec 31, 2027 | 2027-12-31",
        "Feb 29 | 2028-02-29",
        "2028-02-29 | 2028-02-29",
        "on the 15th | 2026-12-15",
        "on the 28th | 2026-11-28",
    })
    void calendar_date_without_year_rolls_to_the_next_one_not_in_the_past(String phrase, LocalDate date) {
        ParsedTask task = parse("Renew passport " + phrase);

        assertThat(task.doDate()).contains(date);
        assertThat(task.title()).isEqualTo("Renew passport");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "today | Today, Sat 28 Nov",
        "tonight | Tonight, Sat 28 Nov",
        "tomorrow | Tomorrow, Sun 29 Nov",
        "Friday | Fri 4 Dec",
        "Jan 1 | Fri 1 Jan 2027",
    })
    void date_chip_label_names_the_day(String phrase, String label) {
        assertThat(parse("Go " + phrase).part(Kind.DO_DATE)).get().extracting(Recognised::label).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "3pm | 15:00",
        "3PM | 15:00",
        "3 pm | 15:00",
        "3:30pm | 15:30",
        "3:30 PM | 15:30",
        "3.30pm | 15:30",
        "7 a.m. | 07:00",
        "11:59pm | 23:59",
        "12am | 00:00",
        "12pm | 12:00",
        "15:00 | 15:00",
        "at 15:00 | 15:00",
        "at 9 | 09:00",
        "at 9:30 | 09:30",
        "at 3 | 15:00",
        "at 6 | 18:00",
        "at 7 | 07:00",
        "at 15 | 15:00",
        "at noon | 12:00",
        "noon | 12:00",
        "midnight | 00:00",
        "at 3pm | 15:00",
    })
    void time_of_day_is_recognised(String phrase, LocalTime time) {
        ParsedTask task = parse("Call dentist tomorrow " + phrase);

        assertThat(task.doTime()).contains(time);
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.title()).isEqualTo("Call dentist");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "3pm | 3:00 PM", "9:05am | 9:05 AM", "midnight | 12:00 AM", "noon | 12:00 PM", "23:30 | 11:30 PM",
    })
    void time_chip_label_uses_twelve_hours(String phrase, String label) {
        assertThat(parse("Go " + phrase).part(Kind.DO_TIME)).get().extracting(Recognised::label).isEqualTo(label);
    }

    @Test
    void time_before_the_date_works_too() {
        ParsedTask task = parse("Call mom at 3pm tomorrow");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.doTime()).contains(LocalTime.of(15, 0));
        assertThat(task.title()).isEqualTo("Call mom");
    }

    @Test
    void time_later_today_without_date_means_today() {
        ParsedTask task = parse("Call mom 3pm");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 28));
        assertThat(task.part(Kind.DO_DATE)).isEmpty();
    }

    @Test
    void time_already_past_without_date_means_tomorrow() {
        assertThat(parse("Call mom 9am").doDate()).contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void time_equal_to_now_without_date_means_tomorrow() {
        assertThat(parse("Call mom at 10:00").doDate()).contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void explicit_today_keeps_today_even_when_the_time_has_passed() {
        ParsedTask task = parse("Call mom today 9am");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 28));
        assertThat(task.doTime()).contains(LocalTime.of(9, 0));
    }

    @Test
    void tonight_moves_a_bare_hour_to_the_evening() {
        ParsedTask task = parse("Watch film tonight at 9");

        assertThat(task.doTime()).contains(LocalTime.of(21, 0));
        assertThat(task.part(Kind.DO_TIME)).get().extracting(Recognised::label).isEqualTo("9:00 PM");
    }

    @Test
    void tonight_after_the_time_also_moves_it_to_the_evening() {
        assertThat(parse("Watch film at 8:30 tonight").doTime()).contains(LocalTime.of(20, 30));
    }

    @Test
    void tonight_keeps_an_explicit_am() {
        assertThat(parse("Watch film tonight 11am").doTime()).contains(LocalTime.of(11, 0));
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow morning | 2026-11-29 | 09:00",
        "tomorrow afternoon | 2026-11-29 | 14:00",
        "tomorrow evening | 2026-11-29 | 19:00",
        "Friday night | 2026-12-04 | 21:00",
        "on Fri evening | 2026-12-04 | 19:00",
        "this morning | 2026-11-28 | 09:00",
        "this evening | 2026-11-28 | 19:00",
        "tonight | 2026-11-28 | 19:00",
        "in the morning | 2026-11-29 | 09:00",
        "in the evening | 2026-11-28 | 19:00",
        "tomorrow evening at 8 | 2026-11-29 | 20:00",
        "tomorrow afternoon at 2:30 | 2026-11-29 | 14:30",
        "tomorrow morning at 7:15 | 2026-11-29 | 07:15",
        "this evening 6pm | 2026-11-28 | 18:00",
    })
    void part_of_the_day_gives_a_time_unless_one_is_written(String phrase, LocalDate date, LocalTime time) {
        ParsedTask task = parse("Call mom " + phrase);

        assertThat(task.doDate()).contains(date);
        assertThat(task.doTime()).contains(time);
        assertThat(task.title()).isEqualTo("Call mom");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow evening | Tomorrow evening, Sun 29 Nov",
        "this morning | This morning, Sat 28 Nov",
        "Friday night | Fri 4 Dec, night",
    })
    void part_of_the_day_shows_on_the_date_chip(String phrase, String label) {
        assertThat(parse("Go " + phrase).parts()).singleElement().extracting(Recognised::label).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "in 2 hours | 2026-11-28 | 12:00",
        "in an hour | 2026-11-28 | 11:00",
        "in 45 minutes | 2026-11-28 | 10:45",
        "in 15 hours | 2026-11-29 | 01:00",
    })
    void relative_time_sets_date_and_time_from_now(String phrase, LocalDate date, LocalTime time) {
        ParsedTask task = parse("Check oven " + phrase);

        assertThat(task.doDate()).contains(date);
        assertThat(task.doTime()).contains(time);
        assertThat(task.parts()).singleElement().extracting(Recognised::kind).isEqualTo(Kind.DO_TIME);
        assertThat(task.title()).isEqualTo("Check oven");
    }

    @Test
    void first_date_wins_and_the_second_stays_in_the_title() {
        ParsedTask task = parse("Move Monday meeting to Friday");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(task.title()).isEqualTo("Move meeting to Friday");
    }

    // ---- deadlines -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is a soft deadline on {1}")
    @CsvSource(delimiter = '|', value = {
        "due Friday | 2026-12-04",
        "due Fri | 2026-12-04",
        "due on Friday | 2026-12-04",
        "due tomorrow | 2026-11-29",
        "due 31 Dec | 2026-12-31",
        "due in 3 days | 2026-12-01",
        "by Friday | 2026-12-04",
        "by next Monday | 2026-11-30",
    })
    void due_date_is_a_soft_deadline(String phrase, LocalDate date) {
        ParsedTask task = parse("Send tax form " + phrase);

        assertThat(task.softDeadline()).contains(date);
        assertThat(task.hardDeadline()).isEmpty();
        assertThat(task.doDate()).isEmpty();
        assertThat(task.title()).isEqualTo("Send tax form");
        assertThat(task.parts()).singleElement().extracting(Recognised::kind).isEqualTo(Kind.DEADLINE);
    }

    @ParameterizedTest(name = "{0} is a hard deadline on {1}")
    @CsvSource(delimiter = '|', value = {
        "by Friday! | 2026-12-04",
        "by Fri! | 2026-12-04",
        "by Friday ! | 2026-12-04",
        "due Friday! | 2026-12-04",
        "by tomorrow! | 2026-11-29",
        "by Dec 31! | 2026-12-31",
        "by 2027-01-15! | 2027-01-15",
    })
    void deadline_with_exclamation_mark_is_hard(String phrase, LocalDate date) {
        ParsedTask task = parse("Send tax form " + phrase);

        assertThat(task.hardDeadline()).contains(date);
        assertThat(task.softDeadline()).isEmpty();
        assertThat(task.title()).isEqualTo("Send tax form");
        assertThat(task.parts()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.HARD_DEADLINE);
            assertThat(part.text()).isEqualTo(phrase);
        });
    }

    @Test
    void deadline_chip_labels_say_due_and_hard() {
        assertThat(parse("Pay due tomorrow").parts().getFirst().label()).isEqualTo("Due tomorrow, Sun 29 Nov");
        assertThat(parse("Pay by Friday!").parts().getFirst().label()).isEqualTo("Hard deadline Fri 4 Dec");
    }

    @Test
    void soft_and_hard_deadline_and_do_date_together() {
        ParsedTask task = parse("Draft essay tomorrow due Monday by Friday!");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.softDeadline()).contains(LocalDate.of(2026, 11, 30));
        assertThat(task.hardDeadline()).contains(LocalDate.of(2026, 12, 4));
        assertThat(task.title()).isEqualTo("Draft essay");
    }

    @Test
    void time_right_after_a_deadline_stays_in_the_title_instead_of_becoming_a_do_time() {
        ParsedTask task = parse("Report due Friday at 5pm");

        assertThat(task.softDeadline()).contains(LocalDate.of(2026, 12, 4));
        assertThat(task.doTime()).isEmpty();
        assertThat(task.doDate()).isEmpty();
        assertThat(task.title()).isEqualTo("Report at 5pm");
    }

    @Test
    void exclamation_after_a_do_date_is_not_a_deadline_and_stays() {
        ParsedTask task = parse("Call mom Friday!");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 12, 4));
        assertThat(task.hardDeadline()).isEmpty();
        assertThat(task.title()).isEqualTo("Call mom!");
    }

    @Test
    void dates_use_the_calendar_of_the_zone_of_now() {
        ZonedDateTime lateInNewYork = ZonedDateTime.of(2026, 11, 28, 22, 0, 0, 0, QuickAddFixtures.NEW_YORK);
        ZonedDateTime sameInstantInBerlin = lateInNewYork.withZoneSameInstant(BERLIN);

        assertThat(PARSER.parse("x today", lateInNewYork).doDate()).contains(LocalDate.of(2026, 11, 28));
        assertThat(PARSER.parse("x today", sameInstantInBerlin).doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(PARSER.parse("x tomorrow", sameInstantInBerlin).doDate()).contains(LocalDate.of(2026, 11, 30));
    }
}
