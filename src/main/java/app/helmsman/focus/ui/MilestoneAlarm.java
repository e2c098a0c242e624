package app.helmsman.focus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes a focus view at its next milestone ("5 minutes left", a break), inside {@code ui.access}: one push per
 * milestone, never one per tick. One small thread for the whole instance.
 */
@Component
class MilestoneAlarm {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("focus-milestones").factory());
    private final Clock clock;

    MilestoneAlarm(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code action} in the UI at {@code at} (at once if it has passed); the registration cancels it. */
    Registration at(UI ui, Instant at, Runnable action) {
        var delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        var future = timer.schedule(() -> {
            try {
                ui.access(action::run);
            } catch (UIDetachedException e) {
                // the window closed meanwhile: nobody to tell
            }
        }, delay, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
