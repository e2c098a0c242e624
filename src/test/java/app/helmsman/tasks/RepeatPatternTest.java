package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.tasks.RepeatPattern.MonthlyOn;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatPatternTest {

    @Test
    void each_choice_of_the_picker_becomes_an_rrule_the_service_accepts() {
        var rules = new String[] {
                RepeatPattern.daily(1).toRule(),
                RepeatPattern.daily(3).toRule(),
                RepeatPattern.weekdays().toRule(),
                RepeatPattern.weekly(2, Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY)).toRule(),
                RepeatPattern.monthly(1, new MonthlyOn(31, null)).toRule(),
                RepeatPattern.monthly(1, new MonthlyOn(-1, null)).toRule(),
                RepeatPattern.monthly(2, new MonthlyOn(2, DayOfWeek.TUESDAY)).toRule(),
                RepeatPattern.monthly(1, new MonthlyOn(-1, DayOfWeek.FRIDAY)).toRule()};

        assertThat(rules).containsExactly("FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=-1",
                "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR");
        for (var rule : rules) {
            assertThat(Recurrences.normalise(rule)).isNotBlank();
        }
    }

    @Test
    void a_stored_rule_reads_back_as_the_same_choice_even_after_the_service_normalised_it() {
        for (var pattern : new RepeatPattern[] {RepeatPattern.daily(5), RepeatPattern.weekdays(),
                RepeatPattern.weekly(1, Set.of(DayOfWeek.SUNDAY)), RepeatPattern.monthly(3, new MonthlyOn(15, null)),
                RepeatPattern.monthly(1, new MonthlyOn(-1, DayOfWeek.FRIDAY))}) {
            assertThat(RepeatPattern.of(Recurrences.normalise(pattern.toRule()))).contains(pattern);
        }
    }

    @Test
    void a_rule_the_picker_cannot_show_stays_an_advanced_rule() {
        assertThat(RepeatPattern.of("FREQ=YEARLY;BYMONTH=3")).isEmpty();
        assertThat(RepeatPattern.of("FREQ=WEEKLY;BYDAY=MO;COUNT=3")).isEmpty();
        assertThat(RepeatPattern.of("FREQ=SOMETIMES")).isEmpty();
        assertThat(RepeatPattern.of("nonsense")).isEmpty();
        assertThat(RepeatPattern.of(null)).isEmpty();
    }

    @Test
    void the_picker_model_is_bounded() {
        assertThatThrownBy(() -> RepeatPattern.daily(0)).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> RepeatPattern.daily(100)).isInstanceOf(TaskValidationException.class)
                .hasMessage("Repeat every 1 to 99, not 100.");
        assertThatThrownBy(() -> RepeatPattern.weekly(1, Set.of())).hasMessage("Choose at least one day of the week.");
        assertThatThrownBy(() -> RepeatPattern.monthly(1, null)).hasMessage("Choose which day of the month.");
        assertThatThrownBy(() -> new MonthlyOn(32, null)).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> new MonthlyOn(5, DayOfWeek.MONDAY)).isInstanceOf(TaskValidationException.class);
        assertThatThrownBy(() -> new RepeatPattern(RepeatPattern.Frequency.WEEKDAYS, 2, Set.of(), null))
                .isInstanceOf(TaskValidationException.class);
    }
}
