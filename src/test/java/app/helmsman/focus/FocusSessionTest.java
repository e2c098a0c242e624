package app.helmsman.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FocusSessionTest {

    static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    static FocusSession running(FocusMode mode, Instant stretchStart, long before, Instant plannedEnd) {
        return new FocusSession(UUID.randomUUID(), UUID.randomUUID(), "Write", mode, FocusSession.State.RUNNING, NINE, stretchStart, null,
                plannedEnd, before, 0, 25, 5, 90);
    }

    @Test
    void pomodoro_counts_down_the_focus_length_in_words_to_the_started_minute() {
        var session = running(FocusMode.POMODORO, NINE, 0, null);

        assertThat(session.inWords(NINE)).isEqualTo("25 minutes left");
        assertThat(session.inWords(NINE.plusSeconds(7 * 60 + 30))).isEqualTo("18 minutes left");
        assertThat(session.inWords(NINE.plusSeconds(24 * 60 + 59))).isEqualTo("1 minute left");
        assertThat(session.inWords(NINE.plusSeconds(25 * 60))).isEqualTo("Time for a break");
        assertThat(session.dial(NINE).anchor()).isEqualTo(NINE.plusSeconds(25 * 60));
    }

    @Test
    void focused_time_adds_earlier_stretches_to_the_current_one() {
        var session = running(FocusMode.FLOWTIME, NINE.plusSeconds(3600), 600, null);

        assertThat(session.focused(NINE.plusSeconds(3600 + 300))).isEqualTo(Duration.ofMinutes(15));
        assertThat(session.stretch(NINE.plusSeconds(3600 + 300))).isEqualTo(Duration.ofMinutes(5));
        assertThat(session.inWords(NINE.plusSeconds(3600 + 300))).isEqualTo("5 minutes focused");
    }

    @Test
    void flowtime_suggests_a_break_that_fits_the_stretch() {
        assertThat(FocusSession.flowtimeBreakMinutes(Duration.ofMinutes(10))).isEqualTo(5);
        assertThat(FocusSession.flowtimeBreakMinutes(Duration.ofMinutes(25))).isEqualTo(5);
        assertThat(FocusSession.flowtimeBreakMinutes(Duration.ofMinutes(50))).isEqualTo(8);
        assertThat(FocusSession.flowtimeBreakMinutes(Duration.ofMinutes(70))).isEqualTo(10);
        assertThat(FocusSession.flowtimeBreakMinutes(Duration.ofMinutes(90))).isEqualTo(15);
    }

    @Test
    void a_paused_flowtime_session_counts_its_suggested_break_down() {
        var paused = new FocusSession(UUID.randomUUID(), UUID.randomUUID(), "Write", FocusMode.FLOWTIME, FocusSession.State.PAUSED, NINE,
                NINE, NINE.plusSeconds(50 * 60), null, 50 * 60, 1, 25, 5, 90);

        assertThat(paused.suggestedBreak()).isEqualTo(Duration.ofMinutes(8));
        assertThat(paused.inWords(NINE.plusSeconds(52 * 60))).isEqualTo("Break: 6 minutes left");
        assertThat(paused.focused(NINE.plusSeconds(52 * 60))).isEqualTo(Duration.ofMinutes(50));
        assertThat(paused.milestones()).extracting(FocusSession.Milestone::message).containsExactly("Your break is over. Resume when you are ready.");
    }

    @Test
    void a_pomodoro_stretch_has_five_minutes_left_then_break_then_the_hyperfocus_check_in_order() {
        var session = running(FocusMode.POMODORO, NINE, 0, null);

        assertThat(session.milestones()).extracting(FocusSession.Milestone::at)
                .containsExactly(NINE.plusSeconds(20 * 60), NINE.plusSeconds(25 * 60), NINE.plusSeconds(90 * 60));
        assertThat(session.milestones().get(2).message()).isEqualTo("You have been at it for 1 hour 30 minutes. A short break?");
        assertThat(session.milestones().get(1).message()).isEqualTo("Time for a 5-minute break. Pause when you are ready.");
    }

    @Test
    void a_countdown_ends_at_its_planned_end_also_while_paused() {
        var end = NINE.plusSeconds(45 * 60);
        var session = running(FocusMode.COUNTDOWN, NINE, 0, end);

        assertThat(session.inWords(NINE.plusSeconds(40 * 60))).isEqualTo("5 minutes left");
        assertThat(session.inWords(end)).isEqualTo("Time is up");
        assertThat(session.milestones()).extracting(FocusSession.Milestone::key).contains("done@" + end.toEpochMilli());
        var paused = new FocusSession(session.id(), session.taskId(), "Write", FocusMode.COUNTDOWN, FocusSession.State.PAUSED, NINE, NINE,
                NINE.plusSeconds(600), end, 600, 1, 25, 5, 90);
        assertThat(paused.inWords(NINE.plusSeconds(900))).isEqualTo("Paused, 30 minutes left");
        assertThat(paused.dial(NINE.plusSeconds(900)).anchor()).isEqualTo(end);
    }
}
