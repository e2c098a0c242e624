package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrashPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void a_task_trashed_30_days_and_a_moment_ago_is_purged() {
        assertThat(TrashPolicy.purgeable(NOW.minus(Duration.ofDays(30)).minusMillis(1), NOW)).isTrue();
    }

    @Test
    void a_task_trashed_exactly_30_days_ago_still_has_its_last_moment() {
        assertThat(TrashPolicy.purgeable(NOW.minus(Duration.ofDays(30)), NOW)).isFalse();
    }

    @Test
    void a_task_trashed_29_days_ago_is_kept() {
        assertThat(TrashPolicy.purgeable(NOW.minus(Duration.ofDays(29)), NOW)).isFalse();
    }

    @Test
    void a_task_not_in_the_trash_is_never_purged() {
        assertThat(TrashPolicy.purgeable(null, NOW)).isFalse();
    }

    @Test
    void the_cut_off_is_30_days_before_now_whatever_the_clocks_did() {
        // 30 days of 24 hours, not 30 calendar days in some zone: the DST change in October does not move it
        assertThat(TrashPolicy.purgeBefore(NOW)).isEqualTo(Instant.parse("2026-10-29T12:00:00Z"));
    }
}
