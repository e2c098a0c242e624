package app.helmsman.reminders.internal;

import app.helmsman.accounts.UserDirectory;
import app.helmsman.accounts.UserLocales;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.platform.JobSummary;
import app.helmsman.platform.Jobs;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * The daily digest: for each person who asked for it, once a day when their quiet hours end (by their own clock), one
 * email with the day's reminders still ahead, and a signed unsubscribe link that needs no sign-in. The day is claimed
 * in the same transaction as the send, so each replica's round sends it at most once.
 */
@Component
public class DigestSender {

    /** Advisory lock space of digest units ('dig'). */
    static final int LOCK_SPACE = 0x646967;
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final ReminderStore store;
    private final UserTimeZones zones;
    private final UserLocales locales;
    private final UserDirectory directory;
    private final ReminderMailer mailer;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final Jobs jobs;
    private final Jobs.Job job;

    DigestSender(ReminderStore store, UserTimeZones zones, UserLocales locales, UserDirectory directory, ReminderMailer mailer, UnsubscribeTokens tokens, Clock clock,
                 Jobs jobs, app.helmsman.reminders.RemindersSettings settings) {
        this.store = store;
        this.zones = zones;
        this.locales = locales;
        this.directory = directory;
        this.mailer = mailer;
        this.tokens = tokens;
        this.clock = clock;
        this.jobs = jobs;
        this.job = jobs.define("reminder-digest", LOCK_SPACE);
        jobs.register(job, "Emails the digest of reminders held back by quiet hours", settings.digestCron(), this::round);
    }

    /** One round over everyone who wants the digest. */
    public JobSummary round() {
        if (!mailer.available()) {
            return jobs.run(job, List::of, u -> u, u -> 0);
        }
        return jobs.run(job, store::digestCandidates, u -> u, this::sendTo);
    }

    /** The unsubscribe link of the person's digest. */
    public String unsubscribeUrl(UUID userId) {
        return mailer.baseUrl() + "/reminders/unsubscribe?token=" + tokens.tokenFor(userId);
    }

    private int sendTo(UUID userId) {
        var now = clock.instant();
        var zone = zones.zoneOf(userId);
        var preferences = store.preferences(userId);
        var local = now.atZone(zone);
        var morning = preferences.quietStart().equals(preferences.quietEnd()) ? java.time.LocalTime.of(8, 0) : preferences.quietEnd();
        if (local.toLocalTime().isBefore(morning)) {
            return 0;
        }
        var today = local.toLocalDate();
        if (!store.claimDigest(userId, today)) {
            return 0;
        }
        var endOfDay = ZonedDateTime.of(today.plusDays(1), java.time.LocalTime.MIDNIGHT, zone).toInstant();
        var rows = store.waitingBefore(userId, now, endOfDay);
        var person = directory.byIds(List.of(userId)).get(userId);
        if (person == null) {
            return 0;
        }
        var body = new StringBuilder("Good morning ").append(person.displayName()).append(",\n\n");
        if (rows.isEmpty()) {
            body.append("No reminders are set for the rest of today. Enjoy the space.\n");
        } else {
            body.append("Here is what Helmsman will remind you of today:\n\n");
            // an email: the locale of the browser the person last used (see Wording)
            var locale = locales.localeOf(userId);
            rows.forEach(r -> body.append("- ").append(Wording.when(r.dueAt(), now, zone, locale)).append("  ")
                    .append(Wording.message(r.kind(), r.title(), r.subjectAt(), now, zone, locale)).append('\n'));
        }
        var unsubscribe = unsubscribeUrl(userId);
        body.append("\nOpen Helmsman: ").append(mailer.baseUrl()).append("/\n");
        body.append("\nYou get this digest once a day because you asked for it. Stop it with one click (no sign-in needed):\n")
                .append(unsubscribe).append('\n');
        var subject = rows.isEmpty() ? "Your day in Helmsman: no reminders" : "Your day in Helmsman: " + rows.size() + (rows.size() == 1 ? " reminder" : " reminders");
        try {
            mailer.send(new ReminderMailer.Mail(person.email(), person.displayName(), subject, body.toString(), unsubscribe));
            return 1;
        } catch (MailException e) {
            log.warn("A reminder digest could not be sent: {}", e.getMessage());
            throw e; // rolls the claim back: the next round tries again
        }
    }
}
