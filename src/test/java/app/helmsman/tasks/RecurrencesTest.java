package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecurrencesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void a_daily_task_at_nine_in_berlin_stays_at_nine_local_time_across_the_spring_dst_change() {
        var rule = Recurrences.normalise("FREQ=DAILY");
        var start = LocalDate.of(2026, 3, 28);

        var next = Recurrences.nextAfter(rule, start, start).orElseThrow();

        assertThat(next).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(Recurrences.instant(start, LocalTime.of(9, 0), BERLIN)).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(Recurrences.instant(next, LocalTime.of(9, 0), BERLIN)).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void a_weekly_task_in_new_york_keeps_its_local_time_when_clocks_fall_back() {
        var rule = Recurrences.normalise("FREQ=WEEKLY;BYDAY=FR");
        var friday = LocalDate.of(2026, 10, 30);

        var next = Recurrences.nextAfter(rule, friday, friday).orElseThrow();

        assertThat(next).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(Recurrences.instant(friday, LocalTime.of(8, 30), NEW_YORK)).isEqualTo(Instant.parse("2026-10-30T12:30:00Z"));
        assertThat(Recurrences.instant(next, LocalTime.of(8, 30), NEW_YORK)).isEqualTo(Instant.parse("2026-11-06T13:30:00Z"));
    }

    @Test
    void a_time_in_the_skipped_hour_moves_forward_like_the_clocks() {
        var gap = Recurrences.instant(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN);

        assertThat(gap).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(gap.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void after_completion_counts_from_the_day_of_completion_in_the_persons_zone_not_in_utc() {
        var rule = Recurrences.normalise("FREQ=DAILY;INTERVAL=3");
        // 23:30 UTC on 28 March is already 29 March, 00:30, in Berlin (just before the clocks go forward)
        var completedAt = Instant.parse("2026-03-28T23:30:00Z");

        assertThat(Recurrences.nextAfterCompletion(rule, completedAt, BERLIN)).contains(LocalDate.of(2026, 4, 1));
        assertThat(Recurrences.nextAfterCompletion(rule, completedAt, ZoneId.of("UTC"))).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void after_completion_on_the_evening_after_clocks_fall_back_in_new_york_uses_the_new_york_date() {
        var rule = Recurrences.normalise("FREQ=WEEKLY;BYDAY=MO");
        // 03:30 UTC on Monday 2 November is still Sunday 1 November, 22:30 EST, in New York (clocks fell back that night)
        var completedAt = Instant.parse("2026-11-02T03:30:00Z");

        assertThat(Recurrences.nextAfterCompletion(rule, completedAt, NEW_YORK)).contains(LocalDate.of(2026, 11, 2));
        assertThat(Recurrences.nextAfterCompletion(rule, completedAt, ZoneId.of("UTC"))).contains(LocalDate.of(2026, 11, 9));
    }

    @Test
    void monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() {
        var rule = Recurrences.normalise("FREQ=MONTHLY;BYMONTHDAY=31");
        var start = LocalDate.of(2026, 1, 31);

        var february = Recurrences.nextAfter(rule, start, start).orElseThrow();
        var march = Recurrences.nextAfter(rule, start, february).orElseThrow();
        var april = Recurrences.nextAfter(rule, start, march).orElseThrow();

        assertThat(february).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(march).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(april).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void monthly_from_the_31st_without_a_month_day_does_not_drift_to_the_28th() {
        var rule = Recurrences.normalise("FREQ=MONTHLY");
        var start = LocalDate.of(2026, 1, 31);

        assertThat(Recurrences.nextAfter(rule, start, LocalDate.of(2026, 2, 28))).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void the_last_day_of_the_month_handles_leap_years() {
        var rule = Recurrences.normalise("FREQ=MONTHLY;BYMONTHDAY=-1");
        var start = LocalDate.of(2028, 1, 31);

        assertThat(Recurrences.nextAfter(rule, start, start)).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void yearly_on_29_february_falls_on_the_28th_in_other_years_and_comes_back_in_leap_years() {
        var rule = Recurrences.normalise("FREQ=YEARLY");
        var start = LocalDate.of(2024, 2, 29);

        assertThat(Recurrences.nextAfter(rule, start, start)).contains(LocalDate.of(2025, 2, 28));
        assertThat(Recurrences.nextAfter(rule, start, LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void yearly_rules_cross_the_year_boundary() {
        var rule = Recurrences.normalise("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31");

        assertThat(Recurrences.nextAfter(rule, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void every_two_weeks_keeps_the_cadence_of_its_start_however_far_ahead() {
        var rule = Recurrences.normalise("FREQ=WEEKLY;INTERVAL=2");
        var start = LocalDate.of(2026, 1, 5);

        assertThat(Recurrences.firstOnOrAfter(rule, start, LocalDate.of(2026, 11, 24))).contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    void fixed_schedules_skip_dates_already_past_when_an_old_instance_is_completed() {
        var rule = Recurrences.normalise("FREQ=DAILY");
        var start = LocalDate.of(2026, 11, 1);

        assertThat(Recurrences.nextFixed(rule, start, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 28))).contains(LocalDate.of(2026, 11, 28));
        assertThat(Recurrences.nextFixed(rule, start, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28))).contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void a_rule_that_has_ended_has_no_next_date() {
        var rule = Recurrences.normalise("FREQ=DAILY;UNTIL=20261130");

        assertThat(Recurrences.nextAfter(rule, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 30))).isEmpty();
    }

    @Test
    void rules_more_frequent_than_daily_and_nonsense_are_refused() {
        assertThatThrownBy(() -> Recurrences.normalise("FREQ=HOURLY")).isInstanceOf(TaskValidationException.class)
                .hasMessage("Tasks repeat at most daily.");
        assertThatThrownBy(() -> Recurrences.normalise("EVERY=SOMETIMES")).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("not valid");
    }

    @Test
    void the_rrule_prefix_and_lower_case_are_accepted() {
        assertThat(Recurrences.normalise("RRULE:freq=weekly;byday=mo")).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void a_series_starting_in_year_minus_one_is_refused_quickly_instead_of_hanging() {
        var rule = Recurrences.normalise("FREQ=DAILY");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> Recurrences.firstOnOrAfter(rule, LocalDate.of(-1, 1, 1), LocalDate.of(2026, 11, 28)))
                .isInstanceOf(TaskValidationException.class)
                .hasMessage("A repeating task must start between 1900 and 2200, not on -0001-01-01."));
    }

    @Test
    void start_dates_outside_1900_to_2200_are_refused_and_the_edges_are_accepted() {
        assertThatThrownBy(() -> Recurrences.checkStart(LocalDate.of(1899, 12, 31))).isInstanceOf(TaskValidationException.class)
                .hasMessageContaining("between 1900 and 2200");
        assertThatThrownBy(() -> Recurrences.checkStart(LocalDate.of(2201, 1, 1))).isInstanceOf(TaskValidationException.class);
        assertThat(Recurrences.checkStart(LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Recurrences.checkStart(LocalDate.of(2200, 12, 31))).isEqualTo(LocalDate.of(2200, 12, 31));
    }

    @Test
    void a_rule_that_parses_but_never_happens_is_refused_at_input_with_a_clear_message() {
        assertThatThrownBy(() -> Recurrences.normalise("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")).isInstanceOf(TaskValidationException.class)
                .hasMessage("This rule never happens: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30");
    }

    @Test
    void a_stored_rule_that_never_happens_fails_as_a_validation_error_not_as_an_illegal_argument() {
        assertThatThrownBy(() -> Recurrences.firstOnOrAfter("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 28)))
                .isInstanceOf(TaskValidationException.class)
                .hasMessageStartingWith("This rule never happens");
    }

    @Test
    void a_day_to_look_after_far_beyond_2200_has_no_next_date_instead_of_an_endless_search() {
        var rule = Recurrences.normalise("FREQ=DAILY");

        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThat(Recurrences.nextAfter(rule, LocalDate.of(2026, 1, 1), LocalDate.of(999_999, 1, 1))).isEmpty());
    }
}
