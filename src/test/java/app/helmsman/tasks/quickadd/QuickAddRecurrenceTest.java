package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.quickadd.Recognised.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurrence phrases to RRULEs and first do dates, as of Saturday 28 November 2026, 10:00. */
class QuickAddRecurrenceTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "every day | FREQ=DAILY",
        "daily | FREQ=DAILY",
        "everyday | FREQ=DAILY",
        "every 3 days | FREQ=DAILY;INTERVAL=3",
        "every other day | FREQ=DAILY;INTERVAL=2",
        "every weekday | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "every workday | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "every weekend | FREQ=WEEKLY;BYDAY=SA,SU",
        "every Monday | FREQ=WEEKLY;BYDAY=MO",
        "every monday | FREQ=WEEKLY;BYDAY=MO",
        "every Mondays | FREQ=WEEKLY;BYDAY=MO",
        "every Mon and Thu | FREQ=WEEKLY;BYDAY=MO,TH",
        "every Thursday and Monday | FREQ=WEEKLY;BYDAY=MO,TH",
        "every mon,thu | FREQ=WEEKLY;BYDAY=MO,TH",
        "every Mon, Wed and Fri | FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "every Mon, Wed, and Fri | FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "every Tue & Sat | FREQ=WEEKLY;BYDAY=TU,SA",
        "on Mondays | FREQ=WEEKLY;BYDAY=MO",
        "on Mondays and Thursdays | FREQ=WEEKLY;BYDAY=MO,TH",
        "every week | FREQ=WEEKLY",
        "weekly | FREQ=WEEKLY",
        "every 2 weeks | FREQ=WEEKLY;INTERVAL=2",
        "every two weeks | FREQ=WEEKLY;INTERVAL=2",
        "every other week | FREQ=WEEKLY;INTERVAL=2",
        "biweekly | FREQ=WEEKLY;INTERVAL=2",
        "fortnightly | FREQ=WEEKLY;INTERVAL=2",
        "every 2 weeks on Monday | FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        "every 2 weeks on Mon and Thu | FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "every other Monday | FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        "weekly on Fri | FREQ=WEEKLY;BYDAY=FR",
        "every month | FREQ=MONTHLY",
        "monthly | FREQ=MONTHLY",
        "every 2 months | FREQ=MONTHLY;INTERVAL=2",
        "every month on the 1st | FREQ=MONTHLY;BYMONTHDAY=1",
        "every month on the 15th | FREQ=MONTHLY;BYMONTHDAY=15",
        "monthly on the 1st | FREQ=MONTHLY;BYMONTHDAY=1",
        "every month on the last day | FREQ=MONTHLY;BYMONTHDAY=-1",
        "every year | FREQ=YEARLY",
        "yearly | FREQ=YEARLY",
        "annually | FREQ=YEARLY",
        "every 2 years | FREQ=YEARLY;INTERVAL=2",
    })
    void recurrence_phrase_becomes_an_rrule(String phrase, String rrule) {
        ParsedTask task = parse("Water plants " + phrase);

        assertThat(task.recurrenceRule()).contains(rrule);
        assertThat(task.title()).isEqualTo("Water plants");
        assertThat(task.parts()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.RECURRENCE);
            assertThat(part.text()).isEqualTo(phrase);
        });
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "every day | Every day",
        "every Monday | Every Monday",
        "every weekday | Every weekday",
        "every Mon and Thu | Every Mon and Thu",
        "every Mon, Wed and Fri | Every Mon, Wed and Fri",
        "every 2 weeks | Every 2 weeks",
        "every 2 weeks on Monday | Every 2 weeks on Monday",
        "every other Friday | Every 2 weeks on Friday",
        "weekly | Every week",
        "every month on the 1st | Every month on the 1st",
        "every month on the 22nd | Every month on the 22nd",
        "every month on the last day | Every month on the last day",
        "every year | Every year",
    })
    void recurrence_chip_label_reads_naturally(String phrase, String label) {
        assertThat(parse("Go " + phrase).parts()).singleElement().extracting(Recognised::label).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} starts {1}")
    @CsvSource(delimiter = '|', value = {
        "every day | 2026-11-28",
        "every day at 3pm | 2026-11-28",
        "every day at 9 | 2026-11-29",
        "every weekday | 2026-11-30",
        "every Saturday | 2026-11-28",
        "every Saturday at 8am | 2026-12-05",
        "every Monday | 2026-11-30",
        "every Tue and Thu | 2026-12-01",
        "every 2 weeks | 2026-11-28",
        "every month on the 1st | 2026-12-01",
        "every month on the 28th | 2026-11-28",
        "every month on the 31st | 2026-12-31",
        "every month on the last day | 2026-11-30",
        "monthly | 2026-11-28",
        "every year | 2026-11-28",
    })
    void recurrence_without_date_starts_at_the_first_occurrence_not_in_the_past(String phrase, LocalDate first) {
        ParsedTask task = parse("Stretch " + phrase);

        assertThat(task.doDate()).contains(first);
        assertThat(task.part(Kind.DO_DATE)).isEmpty();
    }

    @Test
    void explicit_date_wins_over_the_first_occurrence() {
        ParsedTask task = parse("Stretch every day from tomorrow");

        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.title()).isEqualTo("Stretch from");
    }

    @Test
    void recurrence_with_time_and_other_parts() {
        ParsedTask task = parse("Standup every weekday at 9:30 ~15m #work @medium");

        assertThat(task.recurrenceRule()).contains("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
        assertThat(task.doTime()).contains(LocalTime.of(9, 30));
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(task.estimateMinutes()).contains(15);
        assertThat(task.tags()).containsExactly("work");
        assertThat(task.energy()).contains(Energy.MEDIUM);
        assertThat(task.title()).isEqualTo("Standup");
    }

    @Test
    void lone_recurrence_word_is_a_recurrence() {
        ParsedTask task = parse("Weekly");

        assertThat(task.recurrenceRule()).contains("FREQ=WEEKLY");
        assertThat(task.title()).isEmpty();
    }

    @Test
    void recurrence_word_in_front_of_a_part_is_a_recurrence() {
        ParsedTask task = parse("Daily at 9 stretch");

        assertThat(task.recurrenceRule()).contains("FREQ=DAILY");
        assertThat(task.title()).isEqualTo("stretch");
    }

    @Test
    void second_recurrence_stays_in_the_title_and_is_not_read_as_a_date() {
        ParsedTask task = parse("Gym every day every Monday");

        assertThat(task.recurrenceRule()).contains("FREQ=DAILY");
        assertThat(task.title()).isEqualTo("Gym every Monday");
        assertThat(task.parts()).hasSize(1);
    }
}
