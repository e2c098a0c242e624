package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.BERLIN;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.NOW;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.PARSER;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.quickadd.Recognised.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code remind ...}: the explicit reminder moment (issue 15), parsed at Saturday 28 November 2026, 10:00 in Berlin. */
class QuickAddRemindTest {

    @Test
    void remind_with_a_time_later_today_is_today() {
        var task = parse("Call mom remind 5pm");

        assertThat(task.title()).isEqualTo("Call mom");
        assertThat(task.remindAt()).contains(ZonedDateTime.of(2026, 11, 28, 17, 0, 0, 0, BERLIN));
        assertThat(task.doDate()).as("a reminder is not a do date").isEmpty();
        assertThat(task.doTime()).isEmpty();
    }

    @Test
    void the_chip_says_remind_and_the_24_hour_time() {
        assertThat(PARSER.parse("Call mom remind 5pm", NOW).parts())
                .containsExactly(new Recognised(Kind.REMIND, new Span(9, 19), "remind 5pm", "Remind 17:00"));
    }

    @Test
    void remind_with_a_time_already_past_today_is_tomorrow() {
        assertThat(parse("Water plants remind at 9").remindAt()).contains(ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, BERLIN));
        assertThat(parse("Water plants remind at 9").part(Kind.REMIND)).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("Remind tomorrow 09:00"));
    }

    @Test
    void remind_me_tomorrow_at_nine() {
        var task = parse("Pay rent remind me tomorrow 9am");

        assertThat(task.title()).isEqualTo("Pay rent");
        assertThat(task.remindAt()).contains(ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, BERLIN));
    }

    @Test
    void remind_in_two_hours_written_short_or_long() {
        var expected = ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, BERLIN);
        assertThat(parse("Take the cake out remind in 2h").remindAt()).contains(expected);
        assertThat(parse("Take the cake out remind in 2 hours").remindAt()).contains(expected);
        assertThat(parse("Take the cake out remind in 30min").remindAt()).contains(expected.minusMinutes(90));
        assertThat(parse("Take the cake out remind in 2h").title()).isEqualTo("Take the cake out");
    }

    @Test
    void remind_on_a_day_alone_means_nine_or_its_part_of_the_day() {
        assertThat(parse("Book flights remind Monday").remindAt()).contains(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, BERLIN));
        assertThat(parse("Book flights remind Friday evening").remindAt()).contains(ZonedDateTime.of(2026, 12, 4, 19, 0, 0, 0, BERLIN));
        assertThat(parse("Book flights remind Friday evening at 8").remindAt()).contains(ZonedDateTime.of(2026, 12, 4, 20, 0, 0, 0, BERLIN));
    }

    @Test
    void remind_goes_with_a_do_date_and_other_parts() {
        var task = parse("Call mom tomorrow 3pm remind tomorrow 2pm ~15m #family");

        assertThat(task.title()).isEqualTo("Call mom");
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.doTime()).contains(LocalTime.of(15, 0));
        assertThat(task.remindAt()).contains(ZonedDateTime.of(2026, 11, 29, 14, 0, 0, 0, BERLIN));
        assertThat(task.estimateMinutes()).contains(15);
        assertThat(task.tags()).containsExactly("family");
    }

    @Test
    void remind_without_a_moment_stays_in_the_title() {
        assertThat(parse("Remind John about the party").title()).isEqualTo("Remind John about the party");
        assertThat(parse("Remind John about the party").remindAt()).isEmpty();
        assertThat(parse("remind").remindAt()).isEmpty();
        assertThat(parse("remind me").title()).isEqualTo("remind me");
        assertThat(parse("remind in 0h").remindAt()).isEmpty();
    }

    @Test
    void the_first_reminder_wins_and_a_second_stays_in_the_title() {
        var task = parse("Call mom remind 5pm remind 6pm");

        assertThat(task.remindAt()).contains(ZonedDateTime.of(2026, 11, 28, 17, 0, 0, 0, BERLIN));
        assertThat(task.title()).isEqualTo("Call mom remind 6pm");
    }

    @Test
    void quoted_remind_is_never_parsed() {
        var task = parse("\"remind 5pm\" sticker");

        assertThat(task.remindAt()).isEmpty();
        assertThat(task.title()).isEqualTo("remind 5pm sticker");
    }

    @Test
    void a_dismissed_reminder_keeps_its_words_in_the_title() {
        var text = "Call mom remind 5pm";
        var part = PARSER.parse(text, NOW).part(Kind.REMIND).orElseThrow();

        var task = PARSER.parse(text, NOW, Set.of(part.span()));

        assertThat(task.remindAt()).isEmpty();
        assertThat(task.title()).isEqualTo("Call mom remind 5pm");
    }

    @Test
    void a_reminder_in_the_hour_summer_time_skips_moves_forward_like_the_clock() {
        var beforeSpringForward = ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, BERLIN);

        var task = PARSER.parse("Check the heating remind tomorrow 2:30am", beforeSpringForward);

        assertThat(task.remindAt()).hasValueSatisfying(at -> {
            assertThat(at.toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 28));
            assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        });
    }
}
