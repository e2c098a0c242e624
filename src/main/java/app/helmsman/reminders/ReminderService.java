package app.helmsman.reminders;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.live.LiveHint;
import app.helmsman.live.LiveUpdates;
import app.helmsman.reminders.internal.QuietHours;

import app.helmsman.reminders.internal.ReminderMailer;
import app.helmsman.reminders.internal.ReminderRow;
import app.helmsman.reminders.internal.ReminderStore;
import app.helmsman.reminders.internal.UnsubscribeTokens;
import app.helmsman.reminders.internal.Wording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's reminders and reminder settings. Every call reads and changes only the caller's own rows;
 * an id of someone else's reminder behaves like an unknown one (nothing happens, {@code false}). Changes tell the
 * person's other windows through the {@code reminders} live topic.
 */
@Service
public class ReminderService {

    /** The live topic of reminders: a hint's ids are reminders just delivered (none for a read or snooze elsewhere). */
    public static final String TOPIC = "reminders";

    /** The notification centre shows this many of the newest delivered reminders. */
    public static final int RECENT = 50;

    private final ReminderStore store;
    private final SignedInUser signedIn;
    private final UserTimeZones zones;
    private final ReminderMailer mailer;
    private final UnsubscribeTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderService(ReminderStore store, SignedInUser signedIn, UserTimeZones zones, ReminderMailer mailer, UnsubscribeTokens tokens,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.signedIn = signedIn;
        this.zones = zones;
        this.mailer = mailer;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** The newest delivered reminders (at most {@link #RECENT}), newest first; never null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Reminder> recent() {
        var me = signedIn.requireId();
        return view(store.delivered(me, RECENT), zones.zoneOf(me));
    }

    /** How many delivered reminders the person has not read yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return store.unread(signedIn.requireId());
    }

    /** The person's reminders with these ids (e.g. those a live hint named), in time order; others' ids are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Reminder> find(Collection<UUID> ids) {
        var me = signedIn.requireId();
        return view(store.byIds(me, ids.stream().limit(RECENT * 10L).toList()), zones.zoneOf(me));
    }

    /** Marks one reminder read; false when the person has no such delivered, unread reminder. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean markRead(UUID id) {
        var me = signedIn.requireId();
        return changed(me, store.markRead(me, List.of(id), clock.instant()));
    }

    /** Marks every delivered reminder read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        var me = signedIn.requireId();
        var count = store.markAllRead(me, clock.instant());
        changed(me, count);
        return count;
    }

    /**
     * Puts a delivered reminder off: it comes again after 10 minutes, an hour, or tomorrow morning (the end of quiet
     * hours). False when the person has no such reminder.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean snooze(UUID id, Snooze snooze) {
        var me = signedIn.requireId();
        var now = clock.instant();
        var preferences = store.preferences(me);
        Instant until = switch (snooze) {
            case TEN_MINUTES -> now.plus(Duration.ofMinutes(10));
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case TOMORROW -> new QuietHours(preferences.quietStart(), preferences.quietEnd()).tomorrowMorning(now, zones.zoneOf(me));
        };
        return changed(me, store.snooze(me, id, until));
    }

    /** Done with a reminder: it leaves the notification centre. False when the person has no such reminder. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean done(UUID id) {
        var me = signedIn.requireId();
        return changed(me, store.done(me, id));
    }

    /** The person's reminder settings (the defaults until saved). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReminderPreferences preferences() {
        return store.preferences(signedIn.requireId());
    }

    /**
     * Saves the person's reminder settings.
     *
     * @throws ReminderValidationException for a batch size or window out of bounds, or a missing quiet-hours time
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReminderPreferences savePreferences(ReminderPreferences preferences) {
        if (preferences.quietStart() == null) {
            throw new ReminderValidationException("quietStart", "Choose when quiet hours start (the same time as the end means no quiet hours).");
        }
        if (preferences.quietEnd() == null) {
            throw new ReminderValidationException("quietEnd", "Choose when quiet hours end.");
        }
        if (preferences.batchMax() < ReminderPreferences.BATCH_MAX_MIN || preferences.batchMax() > ReminderPreferences.BATCH_MAX_MAX) {
            throw new ReminderValidationException("batchMax", "Show between " + ReminderPreferences.BATCH_MAX_MIN + " and "
                    + ReminderPreferences.BATCH_MAX_MAX + " reminders one by one, not " + preferences.batchMax() + ".");
        }
        if (preferences.batchMinutes() < ReminderPreferences.BATCH_MINUTES_MIN || preferences.batchMinutes() > ReminderPreferences.BATCH_MINUTES_MAX) {
            throw new ReminderValidationException("batchMinutes", "The window must be " + ReminderPreferences.BATCH_MINUTES_MIN + " to "
                    + ReminderPreferences.BATCH_MINUTES_MAX + " minutes, not " + preferences.batchMinutes() + ".");
        }
        var me = signedIn.requireId();
        store.savePreferences(me, preferences);
        changed(me, 1);
        return store.preferences(me);
    }

    /** Whether this server can send email now (SMTP configured, reminder emails not switched off by the operator). */
    @PreAuthorize("isAuthenticated()")
    public boolean emailAvailable() {
        return mailer.available();
    }

    /**
     * Stops the daily digest of the person the signed token of a digest email names; no sign-in needed. False for a
     * token that is not valid (nothing happens).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean unsubscribeDigest(String token) {
        var user = tokens.verify(token);
        user.ifPresent(store::stopDigest);
        return user.isPresent();
    }

    private boolean changed(UUID me, int count) {
        if (count > 0) {
            events.publishEvent(LiveHint.forUser(ReminderService.TOPIC, me, Set.of(), "", LiveUpdates.currentUiKey(), clock.instant()));
        }
        return count > 0;
    }

    private List<Reminder> view(List<ReminderRow> rows, ZoneId zone) {
        var now = clock.instant();
        // written for the window that asks, in its browser's locale (DateFormats.FALLBACK outside a window)
        var locale = app.helmsman.shared.ui.DateFormats.locale();
        return rows.stream().map(r -> new Reminder(r.id(), r.kind(), r.taskId(), r.title(), Wording.message(r.kind(), r.title(), r.subjectAt(), now, zone, locale),
                r.late() && r.deliveredAt() != null ? Wording.lateNote(r.dueAt(), r.deliveredAt(), zone, locale) : "", r.dueAt(), r.state(), r.deliveredAt(),
                r.grouped(), r.readAt() != null)).toList();
    }
}
