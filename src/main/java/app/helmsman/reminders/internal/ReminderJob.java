package app.helmsman.reminders.internal;

import app.helmsman.reminders.RemindersSettings;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the delivery round on every replica every {@code helmsman.reminders.delivery-interval} (500 ms by default;
 * 0 turns it off, as the tests do to drive rounds with their own clock). The round finds due rows through a
 * partial index, so a quiet queue costs one indexed query per interval, however many reminders are pending.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderDelivery delivery;
    private final RemindersSettings settings;
    private final DigestSender digests;
    private ScheduledExecutorService executor;

    ReminderJob(ReminderDelivery delivery, DigestSender digests, RemindersSettings settings) {
        this.delivery = delivery;
        this.digests = digests;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        var interval = settings.deliveryInterval().toMillis();
        if (interval <= 0) {
            log.info("Reminder delivery is off on this instance (helmsman.reminders.delivery-interval=0)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("reminders").factory());
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            delivery.round();
        } catch (RuntimeException e) {
            log.warn("Reminder round failed: {}", e.toString());
        }
    }

    @org.springframework.scheduling.annotation.Scheduled(cron = "${helmsman.reminders.digest-cron:0 */5 * * * *}")
    void digest() {
        digests.round();
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
