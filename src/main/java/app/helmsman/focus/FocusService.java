package app.helmsman.focus;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.focus.internal.FocusStore;
import app.helmsman.live.LiveHint;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's focus sessions (ADR 0018): at most one runs at a time, its timer is computed from the
 * database row, and every change tells the person's other windows (topic {@value #LIVE_TOPIC}). Ending a
 * session adds its focused minutes to the task's actual time once (the session id names the entry). Every
 * method works on the signed-in person's own sessions only; arguments are never null unless the Javadoc says so.
 */
@Service
public class FocusService {

    /** The live-hint topic of focus changes. */
    public static final String LIVE_TOPIC = "focus";
    /** The furthest a countdown may end from its start. */
    public static final Duration LONGEST_COUNTDOWN = Duration.ofHours(12);

    private final SignedInUser signedIn;
    private final FocusStore store;
    private final TaskService tasks;
    private final ProjectMembersService members;
    private final UserTimeZones zones;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FocusService(SignedInUser signedIn, FocusStore store, TaskService tasks, ProjectMembersService members, UserTimeZones zones,
                 ApplicationEventPublisher events, Clock clock) {
        this.signedIn = signedIn;
        this.store = store;
        this.tasks = tasks;
        this.members = members;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
    }

    /** The running or paused session, or empty. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FocusSession> current() {
        return store.active(signedIn.requireId(), false);
    }

    /**
     * Starts focusing on a task; a session that still runs ends first (its time goes to its task).
     *
     * @param mode null for Pomodoro
     * @param until the end of a {@link FocusMode#COUNTDOWN}, e.g. a planned block's; ignored by the other modes
     * @throws FocusValidationException when the task is done, trashed or only viewable, or a countdown has no end
     *     in the next {@link #LONGEST_COUNTDOWN}
     * @throws app.helmsman.tasks.TaskNotFoundException when the task is unknown or not the person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FocusSession start(UUID taskId, FocusMode mode, Instant until) {
        var owner = signedIn.requireId();
        var task = tasks.get(taskId);
        if (task.projectId() != null && members.myRole(task.projectId()) == ProjectRole.VIEWER) {
            throw new FocusValidationException("task", "You can view this task but not work on it here; ask the project's owner for edit rights.");
        }
        if (task.deletedAt() != null) {
            throw new FocusValidationException("task", "This task is in the trash. Restore it to focus on it.");
        }
        if (task.status() == Status.DONE) {
            throw new FocusValidationException("task", "This task is done already.");
        }
        var chosen = mode == null ? FocusMode.POMODORO : mode;
        var now = clock.instant();
        if (chosen == FocusMode.COUNTDOWN && (until == null || !until.isAfter(now) || until.isAfter(now.plus(LONGEST_COUNTDOWN)))) {
            throw new FocusValidationException("until", "A countdown needs an end later today, at most 12 hours from now.");
        }
        store.lockOwner(owner);
        store.active(owner, true).ifPresent(running -> end(owner, running, now, true, false));
        var settings = settingsOf(owner);
        var session = new FocusSession(UUID.randomUUID(), task.id(), task.title(), chosen, FocusSession.State.RUNNING, now, now, null,
                chosen == FocusMode.COUNTDOWN ? until : null, 0, 0, settings.focusMinutes(), settings.breakMinutes(),
                settings.hyperfocusMinutes());
        store.insert(owner, session);
        tell(owner, session.id());
        return session;
    }

    /** Pauses the running session (a break); does nothing when none runs. Returns the session as it is now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<FocusSession> pause() {
        var owner = signedIn.requireId();
        var now = clock.instant();
        return store.active(owner, true).map(s -> {
            if (!s.running()) {
                return s;
            }
            var paused = new FocusSession(s.id(), s.taskId(), s.taskTitle(), s.mode(), FocusSession.State.PAUSED, s.startedAt(),
                    s.stretchStartedAt(), now, s.plannedEnd(), s.focused(now).toSeconds(), s.breaks() + 1, s.focusMinutes(),
                    s.breakMinutes(), s.hyperfocusMinutes());
            store.update(paused);
            tell(owner, s.id());
            return paused;
        });
    }

    /** Resumes the paused session with a new stretch; does nothing when none is paused. Returns the session as it is now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<FocusSession> resume() {
        var owner = signedIn.requireId();
        var now = clock.instant();
        return store.active(owner, true).map(s -> {
            if (!s.paused()) {
                return s;
            }
            var resumed = new FocusSession(s.id(), s.taskId(), s.taskTitle(), s.mode(), FocusSession.State.RUNNING, s.startedAt(), now,
                    null, s.plannedEnd(), s.focusedSecondsBefore(), s.breaks(), s.focusMinutes(), s.breakMinutes(), s.hyperfocusMinutes());
            store.update(resumed);
            tell(owner, s.id());
            return resumed;
        });
    }

    /**
     * Ends the session and adds its focused minutes (rounded, none under half a minute) to the task's actual time,
     * exactly once however often or wherever it is called. Empty when no session runs (already finished).
     *
     * @param completeTask also mark the task done (its open subtasks stay open)
     * @throws app.helmsman.tasks.TaskNotFoundException when the person may no longer change the task; nothing
     *     changed then ({@link #abandon()} ends the session without adding time)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<FocusEnded> finish(boolean completeTask) {
        var owner = signedIn.requireId();
        return store.active(owner, true).map(s -> end(owner, s, clock.instant(), true, completeTask));
    }

    /** Ends the session without adding time to its task (for a task the person may no longer change). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<FocusEnded> abandon() {
        var owner = signedIn.requireId();
        return store.active(owner, true).map(s -> end(owner, s, clock.instant(), false, false));
    }

    /** Minutes focused, sessions and breaks today and this week (Monday on), in the person's time zone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FocusStats stats() {
        var owner = signedIn.requireId();
        var now = clock.instant();
        var zone = zones.zoneOf(owner);
        var today = now.atZone(zone).toLocalDate();
        var dayStart = today.atStartOfDay(zone).toInstant();
        var weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        var end = today.plusDays(1).atStartOfDay(zone).toInstant();
        var active = store.active(owner, false);
        return new FocusStats(period(store.totals(owner, dayStart, end), active, dayStart, now),
                period(store.totals(owner, weekStart, end), active, weekStart, now));
    }

    /** The person's focus settings (the defaults until they save their own). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FocusSettings settings() {
        return settingsOf(signedIn.requireId());
    }

    /**
     * Keeps the person's focus settings; a running session keeps the lengths it started with.
     *
     * @throws FocusValidationException with a sentence per value out of bounds (nothing is saved then)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FocusSettings saveSettings(FocusSettings settings) {
        settings.check();
        var owner = signedIn.requireId();
        store.saveSettings(owner, settings);
        events.publishEvent(LiveHint.forUser(LIVE_TOPIC, owner, Set.of(), "", null, clock.instant()));
        return settings;
    }

    // ------------------------------------------------------------------ helpers

    private FocusSettings settingsOf(UUID owner) {
        return store.settings(owner).orElse(FocusSettings.DEFAULT);
    }

    private FocusEnded end(UUID owner, FocusSession session, Instant now, boolean record, boolean completeTask) {
        var seconds = session.focused(now).toSeconds();
        var minutes = (int) Math.min(Integer.MAX_VALUE, Math.round(seconds / 60.0));
        var recorded = record && minutes >= 1;
        store.end(session.id(), seconds, now, recorded ? minutes : null);
        if (recorded) {
            tasks.addActualMinutes(session.taskId(), session.id(), Math.min(minutes, app.helmsman.tasks.TaskDraft.MAX_MINUTES));
        }
        if (completeTask) {
            tasks.complete(session.taskId(), ChildrenOption.LEAVE_CHILDREN_OPEN);
        }
        var ended = new FocusEnded(session.id(), owner, session.taskId(), recorded ? minutes : 0);
        events.publishEvent(ended);
        tell(owner, session.id());
        return ended;
    }

    private FocusStats.Period period(FocusStore.Totals stored, Optional<FocusSession> active, Instant from, Instant now) {
        var seconds = stored.seconds();
        var running = active.filter(s -> !s.startedAt().isBefore(from)).map(s -> s.stretch(now).toSeconds()).orElse(0L);
        return new FocusStats.Period((seconds + running) / 60, stored.sessions(), stored.breaks());
    }

    private void tell(UUID owner, UUID sessionId) {
        // no origin window: the header timer of the window that made the change follows it through the hint too
        events.publishEvent(LiveHint.forUser(LIVE_TOPIC, owner, Set.of(sessionId), "", null, clock.instant()));
    }
}
