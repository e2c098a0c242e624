package app.helmsman.reminders.internal;

import app.helmsman.accounts.UserDirectory;
import app.helmsman.accounts.UserLocales;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LivePresence;
import app.helmsman.platform.Jobs;
import app.helmsman.platform.JobSummary;
import app.helmsman.reminders.RemindersSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Delivers due reminders, one person per unit of {@link Jobs} (own transaction, advisory lock per person). Inside
 * it the person's due rows are claimed {@code FOR UPDATE SKIP LOCKED} and marked delivered in the same transaction
 * that publishes the live hint (which travels after commit): exactly once across replicas and restarts, and a
 * replica dying before the commit leaves the rows pending for the next round (ADR 0019).
 * <ul>
 * <li>quiet hours hold non-urgent reminders until they end (only a hard deadline today is urgent);</li>
 * <li>at most {@code batchMax} are shown one by one per window; the rest arrive as one group;</li>
 * <li>late after downtime: each says "This was for 15:00", and two or more late ones arrive as one group;</li>
 * <li>switched-off kinds are retired unseen;</li>
 * <li>nobody's window open: one email with the round's reminders, if the person wants email.</li>
 * </ul>
 */
@Component
public class ReminderDelivery {

    /** Advisory lock space of the delivery units ('rem' in ASCII). */
    static final int LOCK_SPACE = 0x72656d;
    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final ReminderStore store;
    private final UserTimeZones zones;
    private final UserLocales locales;
    private final UserDirectory directory;
    private final LivePresence presence;
    private final ReminderMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RemindersSettings settings;
    private final Jobs jobs;
    private final Jobs.Job job;
    private final Counter delivered;
    private final Counter emailed;
    private final Counter emailFailures;
    private final Counter held;
    private final Timer delay;

    ReminderDelivery(ReminderStore store, UserTimeZones zones, UserLocales locales, UserDirectory directory, LivePresence presence, ReminderMailer mailer,
                     ApplicationEventPublisher events, Clock clock, RemindersSettings settings, Jobs jobs, MeterRegistry registry) {
        this.store = store;
        this.zones = zones;
        this.locales = locales;
        this.directory = directory;
        this.presence = presence;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.jobs = jobs;
        this.job = jobs.define("reminders", LOCK_SPACE);
        jobs.register(job, "Delivers due reminders (every " + settings.deliveryInterval().toMillis() + " ms)", cronFor(settings.deliveryInterval()), this::round);
        this.delivered = Counter.builder("helmsman.reminders.delivered").description("Reminders delivered (marked delivered and sent to open windows)").register(registry);
        this.emailed = Counter.builder("helmsman.reminders.emailed").description("Reminder emails sent").register(registry);
        this.emailFailures = Counter.builder("helmsman.reminders.email.failures").description("Reminder emails the SMTP server refused or could not take").register(registry);
        this.held = Counter.builder("helmsman.reminders.held").description("Reminders held back by quiet hours").register(registry);
        this.delay = Timer.builder("helmsman.reminders.delay").description("From a reminder's time to its delivery")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    /**
     * The delivery interval as the console's schedule: it is not a cron job, so the next run shown is the next whole
     * second (or the interval's next multiple, for intervals of whole seconds that divide a minute); "-" when off.
     */
    static String cronFor(java.time.Duration interval) {
        long millis = interval.toMillis();
        if (millis <= 0) {
            return "-";
        }
        long seconds = millis / 1000;
        if (millis % 1000 == 0 && seconds > 1 && seconds < 60 && 60 % seconds == 0) {
            return "*/" + seconds + " * * * * *";
        }
        return millis <= 1000 ? "* * * * * *" : "-";
    }

    /** One round: every person with due reminders, each in their own transaction; returns the reminders delivered. */
    public JobSummary round() {
        var now = clock.instant();
        return jobs.run(job, () -> store.ownersDue(now, 1000), owner -> owner, this::deliverTo);
    }

    /** Delivers the person's due reminders; runs inside the unit's transaction. */
    int deliverTo(UUID owner) {
        var now = clock.instant();
        var due = store.claimDue(owner, now);
        if (due.isEmpty()) {
            return 0;
        }
        var preferences = store.preferences(owner);
        var zone = zones.zoneOf(owner);
        var off = due.stream().filter(r -> !preferences.wants(r.kind())).map(ReminderRow::id).toList();
        store.retire(off);
        var rows = new ArrayList<>(due.stream().filter(r -> preferences.wants(r.kind())).toList());
        var quietEnd = new QuietHours(preferences.quietStart(), preferences.quietEnd()).endAfter(now, zone);
        if (quietEnd.isPresent()) {
            var waiting = rows.stream().filter(r -> !r.urgent()).map(ReminderRow::id).toList();
            store.hold(waiting, quietEnd.get());
            held.increment(waiting.size());
            rows.removeIf(r -> !r.urgent());
        }
        if (rows.isEmpty()) {
            return 0;
        }
        var late = new HashSet<UUID>();
        rows.forEach(r -> {
            if (Duration.between(r.dueAt(), now).compareTo(settings.lateAfter()) > 0) {
                late.add(r.id());
            }
        });
        var grouped = new HashSet<UUID>();
        if (late.size() >= 2) {
            grouped.addAll(late); // after downtime: one group, never a burst
        }
        int budget = preferences.batchMax() - store.shownSince(owner, now.minus(Duration.ofMinutes(preferences.batchMinutes())));
        for (var row : rows) {
            if (row.urgent() || grouped.contains(row.id())) {
                continue;
            }
            if (budget > 0) {
                budget--;
            } else {
                grouped.add(row.id());
            }
        }
        var ids = rows.stream().map(ReminderRow::id).toList();
        store.markDelivered(ids, now, late, grouped);
        rows.forEach(r -> delay.record(Duration.between(r.dueAt(), now).isNegative() ? Duration.ZERO : Duration.between(r.dueAt(), now)));
        delivered.increment(ids.size());
        events.publishEvent(new LiveHint(app.helmsman.reminders.ReminderService.TOPIC, Set.of(owner), Set.copyOf(ids), "", null, now));
        if (preferences.email() && presence.viewers(owner).isEmpty()) {
            email(owner, rows, late, now, zone);
        }
        return ids.size();
    }

    private void email(UUID owner, List<ReminderRow> rows, Set<UUID> late, Instant now, java.time.ZoneId zone) {
        var person = directory.byIds(List.of(owner)).get(owner);
        if (person == null || !mailer.available()) {
            return;
        }
        // an email has no browser: the locale of the one the person last used (see Wording)
        var locale = locales.localeOf(owner);
        var lines = rows.stream().map(r -> Wording.message(r.kind(), r.title(), r.subjectAt(), now, zone, locale)
                + (late.contains(r.id()) ? " (" + Wording.lateNote(r.dueAt(), now, zone, locale) + ")" : "")).toList();
        var subject = lines.size() == 1 ? "Reminder: " + lines.getFirst() : lines.size() + " reminders from Helmsman";
        try {
            mailer.send(new ReminderMailer.Mail(person.email(), person.displayName(), subject, mailer.reminderBody(person.displayName(), lines), null));
            store.markEmailed(rows.stream().map(ReminderRow::id).toList(), now);
            emailed.increment();
        } catch (MailException e) {
            // the reminders stay delivered in the app; an SMTP outage must not hold up everyone's reminders
            emailFailures.increment();
            log.warn("A reminder email could not be sent: {}", e.getMessage());
        }
    }
}
