package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.BERLIN;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.NEW_YORK;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.quickadd.Recognised.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Daylight-saving changes in Berlin and New York, and year boundaries. */
class QuickAddBoundariesTest {

    private static ZonedDateTime at(String offsetDateTime, ZoneId zone) {
        return OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(zone);
    }

    // ---- DST -----------------------------------------------------------------------------------

    @Test
    void tomorrow_2_30am_in_berlin_keeps_the_local_time_skipped_by_spring_forward() {
        ParsedTask task = PARSER.parse("Bake bread tomorrow 2:30am", at("2026-03-28T20:00+01:00", BERLIN));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 29));
        assertThat(task.doTime()).contains(LocalTime.of(2, 30));
    }

    @Test
    void tomorrow_2_30am_in_berlin_keeps_the_local_time_repeated_by_fall_back() {
        ParsedTask task = PARSER.parse("Bake bread tomorrow 2:30am", at("2026-10-24T20:00+02:00", BERLIN));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 10, 25));
        assertThat(task.doTime()).contains(LocalTime.of(2, 30));
    }

    @Test
    void tomorrow_2_30am_in_new_york_keeps_the_local_time_skipped_by_spring_forward() {
        ParsedTask task = PARSER.parse("Bake bread tomorrow 2:30am", at("2026-03-07T22:00-05:00", NEW_YORK));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 8));
        assertThat(task.doTime()).contains(LocalTime.of(2, 30));
    }

    @Test
    void tomorrow_right_after_spring_forward_is_the_next_calendar_day() {
        ParsedTask task = PARSER.parse("x tomorrow", at("2026-03-29T03:30+02:00", BERLIN));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 30));
    }

    @Test
    void in_one_hour_across_berlin_spring_forward_skips_the_missing_hour() {
        ParsedTask task = PARSER.parse("x in 1 hour", at("2026-03-29T01:30+01:00", BERLIN));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 29));
        assertThat(task.doTime()).contains(LocalTime.of(3, 30));
    }

    @Test
    void in_one_hour_across_new_york_fall_back_repeats_the_local_time() {
        ParsedTask task = PARSER.parse("x in 1 hour", at("2026-11-01T01:30-04:00", NEW_YORK));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 1));
        assertThat(task.doTime()).contains(LocalTime.of(1, 30));
    }

    @Test
    void in_four_hours_across_new_york_spring_forward() {
        ParsedTask task = PARSER.parse("x in 4 hours", at("2026-03-07T22:00-05:00", NEW_YORK));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 8));
        assertThat(task.doTime()).contains(LocalTime.of(3, 0));
    }

    @Test
    void bare_time_on_a_fall_back_night_compares_local_times() {
        // 01:30 EST (after the change) is 01:30 local: 1am has passed, 2am has not
        ZonedDateTime now = at("2026-11-01T01:30-05:00", NEW_YORK);

        assertThat(PARSER.parse("x 1am", now).doDate()).contains(LocalDate.of(2026, 11, 2));
        assertThat(PARSER.parse("x 2am", now).doDate()).contains(LocalDate.of(2026, 11, 1));
    }

    @Test
    void daily_recurrence_started_on_a_dst_day_starts_that_day() {
        ParsedTask task = PARSER.parse("Meds every day at 2:30am", at("2026-03-29T00:30+01:00", BERLIN));

        assertThat(task.doDate()).contains(LocalDate.of(2026, 3, 29));
        assertThat(task.doTime()).contains(LocalTime.of(2, 30));
    }

    @Test
    void same_text_same_instant_different_zones_different_days() {
        ZonedDateTime instant = ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC);

        assertThat(PARSER.parse("x tomorrow", instant.withZoneSameInstant(NEW_YORK)).doDate())
                .contains(LocalDate.of(2027, 1, 1));
        assertThat(PARSER.parse("x tomorrow", instant.withZoneSameInstant(BERLIN)).doDate())
                .contains(LocalDate.of(2027, 1, 2));
    }

    // ---- year boundaries -----------------------------------------------------------------------

    @ParameterizedTest(name = "on 31 Dec 2026: {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "today | 2026-12-31",
        "tomorrow | 2027-01-01",
        "day after tomorrow | 2027-01-02",
        "Friday | 2027-01-01",
        "next Monday | 2027-01-04",
        "next week | 2027-01-04",
        "next month | 2027-01-01",
        "next year | 2027-01-01",
        "in 2 weeks | 2027-01-14",
        "in 1 month | 2027-01-31",
        "1 Jan | 2027-01-01",
        "Jan 2nd | 2027-01-02",
        "Dec 31 | 2026-12-31",
        "30 Dec | 2027-12-30",
        "on the 1st | 2027-01-01",
    })
    void dates_cross_into_the_next_year(String phrase, LocalDate date) {
        ZonedDateTime newYearsEve = ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, BERLIN);

        assertThat(PARSER.parse("Party " + phrase, newYearsEve).doDate()).contains(date);
    }

    @Test
    void tomorrow_on_new_years_eve_shows_the_year_on_the_chip() {
        ZonedDateTime newYearsEve = ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, BERLIN);

        assertThat(PARSER.parse("x tomorrow", newYearsEve).parts().getFirst().label())
                .isEqualTo("Tomorrow, Fri 1 Jan 2027");
    }

    @Test
    void in_one_hour_before_midnight_is_next_year() {
        ZonedDateTime newYearsEve = ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, BERLIN);
        ParsedTask task = PARSER.parse("Toast in 1 hour", newYearsEve);

        assertThat(task.doDate()).contains(LocalDate.of(2027, 1, 1));
        assertThat(task.doTime()).contains(LocalTime.of(0, 30));
        assertThat(task.parts().getFirst().label()).isEqualTo("Tomorrow 12:30 AM");
    }

    @Test
    void time_already_past_on_new_years_eve_moves_to_next_year() {
        ZonedDateTime newYearsEve = ZonedDateTime.of(2026, 12, 31, 16, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Call 3pm", newYearsEve).doDate()).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void monthly_on_the_1st_from_mid_december_starts_in_january() {
        ZonedDateTime midDecember = ZonedDateTime.of(2026, 12, 15, 9, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Rent every month on the 1st", midDecember).doDate())
                .contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void every_weekday_from_new_years_eve_thursday_starts_that_day() {
        ZonedDateTime newYearsEve = ZonedDateTime.of(2026, 12, 31, 8, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Standup every weekday", newYearsEve).doDate())
                .contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void day_month_already_past_in_january_means_this_december() {
        ZonedDateTime newYearsDay = ZonedDateTime.of(2027, 1, 1, 9, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Party 31 Dec", newYearsDay).doDate()).contains(LocalDate.of(2027, 12, 31));
        assertThat(PARSER.parse("Party Dec 31", newYearsDay).doDate()).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void next_week_on_a_sunday_is_the_following_day() {
        ZonedDateTime sunday = ZonedDateTime.of(2026, 12, 27, 12, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Plan next week", sunday).doDate()).contains(LocalDate.of(2026, 12, 28));
    }

    @Test
    void this_weekend_on_a_sunday_is_today() {
        ZonedDateTime sunday = ZonedDateTime.of(2026, 12, 27, 12, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Clean this weekend", sunday).doDate()).contains(LocalDate.of(2026, 12, 27));
    }

    @ParameterizedTest(name = "on a Friday: {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Friday | 2026-12-11",
        "on Friday | 2026-12-11",
        "this Friday | 2026-12-04",
        "next Friday | 2026-12-11",
        "every Friday | 2026-12-04",
        "Saturday | 2026-12-05",
    })
    void weekday_named_on_that_weekday(String phrase, LocalDate date) {
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 8, 0, 0, 0, BERLIN);

        assertThat(PARSER.parse("Review " + phrase, friday).doDate()).contains(date);
    }

    @Test
    void leap_day_without_year_waits_for_a_leap_year() {
        assertThat(QuickAddFixtures.parse("Party Feb 29").doDate()).contains(LocalDate.of(2028, 2, 29));
        assertThat(QuickAddFixtures.parse("Party Feb 29").part(Kind.DO_DATE)).get()
                .extracting(Recognised::label).isEqualTo("Tue 29 Feb 2028");
    }

    @Test
    void date_in_a_past_year_is_kept_as_written() {
        assertThat(QuickAddFixtures.parse("Backfill 2025-01-15").doDate()).contains(LocalDate.of(2025, 1, 15));
    }
}
