package app.helmsman.authz;

import static app.helmsman.authz.Outcome.ALLOWED;
import static app.helmsman.authz.Outcome.DENIED;
import static app.helmsman.authz.Outcome.INVALID;
import static app.helmsman.authz.Outcome.NOT_ALLOWED;
import static app.helmsman.authz.Outcome.NOT_FOUND;
import static app.helmsman.authz.Outcome.NO_EFFECT;

import app.helmsman.Fixtures;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.assist.AcceptedTask;
import app.helmsman.focus.FocusMode;
import app.helmsman.focus.FocusSettings;
import app.helmsman.planner.DayEnergy;
import app.helmsman.platform.AuditQuery;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.tasks.ChildrenOption;
import app.helmsman.tasks.Direction;
import app.helmsman.tasks.ImportFormat;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskSnapshot;
import app.helmsman.tasks.DoDateSnapshot;
import app.helmsman.tasks.When;
import java.time.LocalDate;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;

/**
 * THE table: who may call which public service method. {@link AuthorizationMatrixIT} fails for a public method
 * of a service without a line here, and for a line naming no method. Adding a method: one line, a name
 * ({@code "Class.method"}, or {@code "Class.method(ParamType,...)"} for an overloaded name), an expectation
 * per person (anonymous, other, viewer, editor, owner, admin; see {@link World} for what they own), and the
 * call on the world's data. Methods that are no user's call (listeners, infrastructure the callers check
 * for) are declared with {@link #notAUserCall} and a reason.
 */
final class AuthorizationRules {

    /** Expected outcomes in the order of {@link Who}: anonymous, other, viewer, editor, owner, admin. */
    static Map<Who, Outcome> expect(Outcome anonymous, Outcome other, Outcome viewer, Outcome editor, Outcome owner, Outcome admin) {
        var map = new EnumMap<Who, Outcome>(Who.class);
        var outcomes = List.of(anonymous, other, viewer, editor, owner, admin);
        for (var who : Who.values()) {
            map.put(who, outcomes.get(who.ordinal()));
        }
        return map;
    }

    /** The expectations with one person's changed. */
    static Map<Who, Outcome> but(Map<Who, Outcome> expected, Who who, Outcome outcome) {
        var map = new EnumMap<>(expected);
        map.put(who, outcome);
        return map;
    }

    /** Anyone, signed in or not (sign-up, first-run setup, sign-in options). */
    static final Map<Who, Outcome> ANYONE = expect(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
    /** Any signed-in person, on their own data only (lists, settings, exports, creating their own things). */
    static final Map<Who, Outcome> SIGNED_IN = expect(DENIED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
    /** Reading the shared project or its tasks: every member. */
    static final Map<Who, Outcome> PROJECT_READ = expect(DENIED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED, NOT_FOUND);
    /** Changing the project's tasks: editors and owners. */
    static final Map<Who, Outcome> PROJECT_WRITE = expect(DENIED, NOT_FOUND, NOT_ALLOWED, ALLOWED, ALLOWED, NOT_FOUND);
    /** Changing the project itself or its members, or taking a task out of the owner's hands: owners only. */
    static final Map<Who, Outcome> PROJECT_MANAGE = expect(DENIED, NOT_FOUND, NOT_ALLOWED, NOT_ALLOWED, ALLOWED, NOT_FOUND);
    /** Private data (areas, tags, tasks outside projects): the owner alone. */
    static final Map<Who, Outcome> OWNER_ONLY = expect(DENIED, NOT_FOUND, NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND);
    /** An invitation: the invited person (the other one) alone; to everyone else it does not exist. */
    static final Map<Who, Outcome> INVITEE_ONLY = expect(DENIED, ALLOWED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND);
    /** The ops console: admins only. */
    static final Map<Who, Outcome> ADMIN_ONLY = expect(DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED);

    /** One line of the table. */
    record Rule(Map<Who, Outcome> expected, Call call, String reason) {
    }

    /** A call of the method on the world's data, as whoever is signed in. */
    @FunctionalInterface
    interface Call {
        Object on(AuthorizationMatrixIT s, World w) throws Exception;
    }

    private static final Map<String, Rule> RULES = new TreeMap<>();

    private static void rule(String method, Map<Who, Outcome> expected, Call call) {
        if (RULES.put(method, new Rule(expected, call, null)) != null) {
            throw new IllegalStateException("Two rules for " + method);
        }
    }

    private static void notAUserCall(String method, String reason) {
        RULES.put(method, new Rule(Map.of(), null, reason));
    }

    static Map<String, Rule> rules() {
        return RULES;
    }

    private static final PageRequest PAGE = PageRequest.of(0, 10);
    private static final String NEW_PASSWORD = "Tangerine otter quill 42";

    static {
        // ---- accounts
        rule("AccountService.signUp", ANYONE, (s, w) -> s.accounts.signUp(new SignUpForm(w.newEmail(), "New person", NEW_PASSWORD)));
        rule("AccountService.currentUser", SIGNED_IN, (s, w) -> s.accounts.currentUser());
        rule("AccountService.settings", SIGNED_IN, (s, w) -> s.accounts.settings());
        rule("AccountService.saveSettings", SIGNED_IN, (s, w) -> s.accounts.saveSettings(s.accounts.settings()));
        rule("AccountService.rememberDetectedTimeZone", SIGNED_IN, (s, w) -> { s.accounts.rememberDetectedTimeZone("Europe/Berlin"); return null; });
        rule("AccountService.rememberBrowserLocale", SIGNED_IN, (s, w) -> { s.accounts.rememberBrowserLocale(java.util.Locale.US); return null; });
        rule("AccountService.changePassword", SIGNED_IN, (s, w) -> { s.accounts.changePassword(Fixtures.PASSWORD, NEW_PASSWORD); return null; });
        rule("AccountService.signOutEverywhere", SIGNED_IN, (s, w) -> { s.accounts.signOutEverywhere(); return null; });
        rule("AccountService.deleteAccount", SIGNED_IN, (s, w) -> { s.accounts.deleteAccount(Fixtures.PASSWORD); return null; });
        rule("AccountService.listUsers", ADMIN_ONLY, (s, w) -> s.accounts.listUsers());
        rule("SetupService.setupNeeded", ANYONE, (s, w) -> s.setup.setupNeeded());
        notAUserCall("SetupService.issueToken", "called at start-up only, to print the first-run token in the server log; no view offers it");
        notAUserCall("SetupService.forgetCached", "for tests that empty the database: only Fixtures calls it; no view offers it");
        // setup is over once an admin exists: everyone, signed in or not, gets the same calm refusal
        rule("SetupService.completeSetup", expect(INVALID, INVALID, INVALID, INVALID, INVALID, INVALID),
                (s, w) -> s.setup.completeSetup("guessed", new SignUpForm(w.newEmail(), "Mallory", NEW_PASSWORD)));
        rule("SignInOptions.providers", ANYONE, (s, w) -> s.signInOptions.providers());

        // ---- assist
        rule("AssistService.extract", SIGNED_IN, (s, w) -> s.assist.extract("Buy milk tomorrow").get());
        rule("AssistService.breakDown", PROJECT_READ, (s, w) -> s.assist.breakDown(w.task(), 3).get());
        rule("AssistService.classify", PROJECT_READ, (s, w) -> s.assist.classify(w.task()).get());
        rule("AssistTasks.saveFromBrainDump(List)", SIGNED_IN, (s, w) -> s.assistTasks.saveFromBrainDump(List.of(AcceptedTask.titled("From a dump"))));
        rule("AssistTasks.saveFromBrainDump(List,ReviewTally)", SIGNED_IN, (s, w) -> s.assistTasks.saveFromBrainDump(
                List.of(AcceptedTask.titled("From a dump")), new app.helmsman.assist.ReviewTally(1, 0, 1)));
        rule("AssistTasks.addSubtasks", PROJECT_WRITE, (s, w) -> s.assistTasks.addSubtasks(w.task(), List.of("First step")));
        rule("BrainDumpDrafts.load", SIGNED_IN, (s, w) -> s.drafts.load());
        rule("BrainDumpDrafts.save", SIGNED_IN, (s, w) -> { s.drafts.save("half a thought"); return null; });
        rule("BrainDumpDrafts.discard", SIGNED_IN, (s, w) -> { s.drafts.discard(); return null; });
        rule("BrainDumpDrafts.loadReview", SIGNED_IN, (s, w) -> s.drafts.loadReview());
        rule("BrainDumpDrafts.saveReview", SIGNED_IN, (s, w) -> {
            s.drafts.saveReview(new app.helmsman.assist.ReviewState("From the offline helper.", List.of()));
            return null;
        });

        // ---- focus: each person's own sessions; starting one needs a task the person may work on (viewers may not)
        rule("FocusService.current", SIGNED_IN, (s, w) -> s.focus.current());
        rule("FocusService.start", expect(DENIED, NOT_FOUND, INVALID, ALLOWED, ALLOWED, NOT_FOUND),
                (s, w) -> s.focus.start(w.task(), FocusMode.POMODORO, null));
        rule("FocusService.pause", SIGNED_IN, (s, w) -> s.focus.pause());
        rule("FocusService.resume", SIGNED_IN, (s, w) -> s.focus.resume());
        rule("FocusService.finish", SIGNED_IN, (s, w) -> s.focus.finish(false));
        rule("FocusService.abandon", SIGNED_IN, (s, w) -> s.focus.abandon());
        rule("FocusService.stats", SIGNED_IN, (s, w) -> s.focus.stats());
        rule("FocusService.settings", SIGNED_IN, (s, w) -> s.focus.settings());
        rule("FocusService.saveSettings", SIGNED_IN, (s, w) -> s.focus.saveSettings(new FocusSettings(30, 5, 90)));
        // ---- calendar: every call works on the signed-in person's own calendars; another person's calendar is unknown to them
        rule("CalendarService.enabled", ANYONE, (s, w) -> s.calendars.enabled());
        rule("CalendarService.sources", SIGNED_IN, (s, w) -> s.calendars.sources());
        rule("CalendarService.newProblems", SIGNED_IN, (s, w) -> s.calendars.newProblems());
        rule("CalendarService.setCountsAsBusy", OWNER_ONLY, (s, w) -> s.calendars.setCountsAsBusy(s.ownersCalendar(w, false), false));
        rule("CalendarService.setReceivesBlocks", OWNER_ONLY, (s, w) -> s.calendars.setReceivesBlocks(s.ownersCalendar(w, true), true));
        rule("CalendarService.syncNow", OWNER_ONLY, (s, w) -> s.calendars.syncNow(s.ownersCalendar(w, false)));
        rule("CalendarService.remove", OWNER_ONLY, (s, w) -> { s.calendars.remove(s.ownersCalendar(w, false)); return null; });
        rule("CalendarService.importFile", SIGNED_IN, (s, w) -> s.calendars.importFile("mine.ics", new java.io.ByteArrayInputStream(ics())));
        // refused before anything is fetched: only http(s) addresses
        rule("CalendarService.subscribe", expect(DENIED, INVALID, INVALID, INVALID, INVALID, INVALID),
                (s, w) -> s.calendars.subscribe("Mine", "ftp://example.com/calendar.ics"));
        rule("CalendarService.agenda", SIGNED_IN, (s, w) -> s.calendars.agenda(java.time.LocalDate.now(s.clock), java.time.LocalDate.now(s.clock).plusDays(7)));
        rule("CalendarService.feedCreatedAt", SIGNED_IN, (s, w) -> s.calendars.feedCreatedAt());
        rule("CalendarService.regenerateFeed", SIGNED_IN, (s, w) -> s.calendars.regenerateFeed());
        rule("CalendarService.revokeFeed", SIGNED_IN, (s, w) -> { s.calendars.revokeFeed(); return null; });
        // reading the task decides (members may), then the shared task has no do date and time
        rule("CalendarService.addToCalendar", expect(DENIED, NOT_FOUND, INVALID, INVALID, INVALID, NOT_FOUND), (s, w) -> s.calendars.addToCalendar(w.task()));
        // ---- calendar connections: each person's own; another's connection does not exist for them
        rule("CalendarConnectionService.connectableProviders", SIGNED_IN, (s, w) -> s.calendarConnections.connectableProviders());
        rule("CalendarConnectionService.connections", SIGNED_IN, (s, w) -> s.calendarConnections.connections());
        rule("CalendarConnectionService.disconnect", OWNER_ONLY, (s, w) -> s.calendarConnections.disconnect(s.ownersCalendarConnection(w)));

        // ---- live
        notAUserCall("LivePresence.enter", "called by project views after ProjectMembersService.myRole has checked membership");
        notAUserCall("LivePresence.viewers", "called by project views after ProjectMembersService.myRole has checked membership");
        notAUserCall("LiveUpdates.subscribe", "a view subscribes its own signed-in user; hints carry only ids and titles the audience may read");
        notAUserCall("LiveUpdates.publishAfterCommit", "an event listener Spring calls after commit");

        // ---- planner: each person's own plan of today; a block of someone else's plan is answered as unknown
        rule("PlannerService.today", SIGNED_IN, (s, w) -> s.planner.today());
        rule("PlannerService.suggestions", SIGNED_IN, (s, w) -> s.planner.suggestions());
        rule("PlannerService.preview", SIGNED_IN, (s, w) -> s.planner.preview(java.util.Set.of(w.task(), w.privateTask()), DayEnergy.NORMAL));
        rule("PlannerService.planMyDay", SIGNED_IN, (s, w) -> s.planner.planMyDay(java.util.Set.of(w.task(), w.privateTask()), DayEnergy.LOW));
        rule("PlannerService.accept", SIGNED_IN, (s, w) -> s.planner.accept());
        rule("PlannerService.setEnergy", SIGNED_IN, (s, w) -> s.planner.setEnergy(DayEnergy.LOW));
        rule("PlannerService.pin", OWNER_ONLY, (s, w) -> s.planner.pin(s.ownerBlock(w)));
        rule("PlannerService.unpin", OWNER_ONLY, (s, w) -> s.planner.unpin(s.ownerBlock(w)));
        rule("PlannerService.move", OWNER_ONLY, (s, w) -> s.planner.move(s.ownerBlock(w), java.time.LocalTime.of(10, 30)));
        rule("PlannerService.skip", OWNER_ONLY, (s, w) -> s.planner.skip(s.ownerBlock(w)));
        rule("PlannerService.snooze", OWNER_ONLY, (s, w) -> s.planner.snooze(s.ownerBlock(w)));
        rule("PlannerService.preferences", SIGNED_IN, (s, w) -> s.planner.preferences());
        rule("PlannerService.savePreferences", SIGNED_IN, (s, w) -> s.planner.savePreferences(s.planner.preferences()));
        // ---- reminders: everyone's own rows only; an id of someone else's reminder is answered like an unknown one (false)
        rule("ReminderService.recent", SIGNED_IN, (s, w) -> s.reminders.recent());
        rule("ReminderService.unreadCount", SIGNED_IN, (s, w) -> s.reminders.unreadCount());
        rule("ReminderService.find", SIGNED_IN, (s, w) -> s.reminders.find(List.of(java.util.UUID.randomUUID())));
        rule("ReminderService.markRead", SIGNED_IN, (s, w) -> s.reminders.markRead(java.util.UUID.randomUUID()));
        rule("ReminderService.markAllRead", SIGNED_IN, (s, w) -> s.reminders.markAllRead());
        rule("ReminderService.snooze", SIGNED_IN, (s, w) -> s.reminders.snooze(java.util.UUID.randomUUID(), app.helmsman.reminders.Snooze.ONE_HOUR));
        rule("ReminderService.done", SIGNED_IN, (s, w) -> s.reminders.done(java.util.UUID.randomUUID()));
        rule("ReminderService.preferences", SIGNED_IN, (s, w) -> s.reminders.preferences());
        rule("ReminderService.savePreferences", SIGNED_IN, (s, w) -> s.reminders.savePreferences(app.helmsman.reminders.ReminderPreferences.defaults()));
        rule("ReminderService.emailAvailable", SIGNED_IN, (s, w) -> s.reminders.emailAvailable());
        // the digest email's signed link works without signing in; a forged token changes nothing
        rule("ReminderService.unsubscribeDigest", ANYONE, (s, w) -> s.reminders.unsubscribeDigest("forged.token"));

        // ---- projects, areas, tags
        rule("ProjectService.areas", SIGNED_IN, (s, w) -> s.projects.areas());
        rule("ProjectService.createArea", SIGNED_IN, (s, w) -> s.projects.createArea("Home"));
        rule("ProjectService.renameArea", OWNER_ONLY, (s, w) -> s.projects.renameArea(w.area(), "Garden"));
        rule("ProjectService.deleteArea", OWNER_ONLY, (s, w) -> { s.projects.deleteArea(w.area()); return null; });
        rule("ProjectService.projects", SIGNED_IN, (s, w) -> s.projects.projects(true));
        rule("ProjectService.overview", SIGNED_IN, (s, w) -> s.projects.overview());
        rule("ProjectService.project", PROJECT_READ, (s, w) -> s.projects.project(w.project()));
        rule("ProjectService.open", PROJECT_READ, (s, w) -> s.projects.open(w.project()));
        rule("ProjectService.directory", SIGNED_IN, (s, w) -> s.projects.directory());
        rule("ProjectService.createProject", SIGNED_IN, (s, w) -> s.projects.createProject(ProjectDraft.named("Mine")));
        rule("ProjectService.updateProject", PROJECT_MANAGE, (s, w) -> s.projects.updateProject(w.project(), ProjectDraft.named("Renamed")));
        rule("ProjectService.archive", PROJECT_MANAGE, (s, w) -> s.projects.archive(w.project(), true));
        rule("ProjectService.tags", SIGNED_IN, (s, w) -> s.projects.tags());
        rule("ProjectService.createTag", SIGNED_IN, (s, w) -> s.projects.createTag("mine"));
        rule("ProjectService.renameTag", OWNER_ONLY, (s, w) -> s.projects.renameTag(w.tag(), "renamed"));
        rule("ProjectService.deleteTag", OWNER_ONLY, (s, w) -> { s.projects.deleteTag(w.tag()); return null; });

        // ---- members
        rule("ProjectMembersService.members", PROJECT_READ, (s, w) -> s.members.members(w.project()));
        rule("ProjectMembersService.myRole", PROJECT_READ, (s, w) -> s.members.myRole(w.project()));
        rule("ProjectMembersService.changeRole", PROJECT_MANAGE, (s, w) -> { s.members.changeRole(w.project(), w.id(Who.VIEWER), ProjectRole.EDITOR); return null; });
        rule("ProjectMembersService.remove", PROJECT_MANAGE, (s, w) -> { s.members.remove(w.project(), w.id(Who.VIEWER)); return null; });
        // the creator archives instead of leaving
        rule("ProjectMembersService.leave", but(PROJECT_READ, Who.OWNER, INVALID), (s, w) -> { s.members.leave(w.project()); return null; });
        rule("ProjectMembersService.assignable", PROJECT_READ, (s, w) -> s.members.assignable(w.task()));
        rule("ProjectMembersService.assignee", PROJECT_READ, (s, w) -> s.members.assignee(w.task()));
        // invitations: the owner invites and withdraws; only the invited person sees, accepts or declines one
        rule("ProjectInvitationService.invite", PROJECT_MANAGE, (s, w) -> s.invitations.invite(w.project(), w.email(Who.OTHER), ProjectRole.EDITOR));
        rule("ProjectInvitationService.pending", PROJECT_MANAGE, (s, w) -> s.invitations.pending(w.project()));
        rule("ProjectInvitationService.withdraw", OWNER_ONLY, (s, w) -> { s.invitations.withdraw(w.invitation()); return null; });
        rule("ProjectInvitationService.mine", SIGNED_IN, (s, w) -> s.invitations.mine());
        rule("ProjectInvitationService.accept", INVITEE_ONLY, (s, w) -> s.invitations.accept(w.invitation()));
        rule("ProjectInvitationService.decline", INVITEE_ONLY, (s, w) -> { s.invitations.decline(w.invitation()); return null; });
        rule("ProjectMembersService.assign", PROJECT_WRITE, (s, w) -> { s.members.assign(w.task(), w.id(Who.EDITOR)); return null; });

        // ---- tasks
        rule("TaskService.create", PROJECT_WRITE, (s, w) -> s.tasks.create(TaskDraft.titled("Added").inProject(w.project())));
        rule("TaskService.get", PROJECT_READ, (s, w) -> s.tasks.get(w.task()));
        rule("TaskService.update", PROJECT_WRITE, (s, w) -> s.tasks.update(w.task(), w.taskVersion(), s.change("Renamed")));
        rule("TaskService.complete", PROJECT_WRITE, (s, w) -> s.tasks.complete(w.task(), ChildrenOption.COMPLETE_CHILDREN));
        rule("TaskService.addActualMinutes", PROJECT_WRITE, (s, w) -> s.tasks.addActualMinutes(w.task(), java.util.UUID.randomUUID(), 25));
        rule("TaskService.reopen", PROJECT_WRITE, (s, w) -> s.tasks.reopen(w.task()));
        rule("TaskListService.inbox", SIGNED_IN, (s, w) -> s.lists.inbox(PAGE));
        rule("TaskListService.today", SIGNED_IN, (s, w) -> s.lists.today(PAGE));
        rule("TaskListService.upcoming", SIGNED_IN, (s, w) -> s.lists.upcoming());
        rule("TaskListService.search", SIGNED_IN, (s, w) -> s.lists.search(TaskSearch.text(""), PAGE));
        rule("TaskListService.ready", SIGNED_IN, (s, w) -> s.lists.ready(PAGE));
        rule("TaskListService.project", PROJECT_READ, (s, w) -> s.lists.project(w.project(), PAGE));
        rule("TaskListService.subtasks", PROJECT_READ, (s, w) -> s.lists.subtasks(w.task()));
        rule("TaskListService.projectTree", PROJECT_READ, (s, w) -> s.lists.projectTree(w.project(), true));
        rule("TaskListService.tagged", OWNER_ONLY, (s, w) -> s.lists.tagged(w.tag(), PAGE));
        rule("TaskListService.dueSoon", SIGNED_IN, (s, w) -> s.lists.dueSoon());
        rule("TaskListService.doneToday", SIGNED_IN, (s, w) -> s.lists.doneToday());
        // scheduling is editing the task's do date: the rule of TaskService.update
        rule("TaskScheduleService.schedule", PROJECT_WRITE, (s, w) -> s.schedule.schedule(List.of(w.task()), When.TOMORROW));
        rule("TaskScheduleService.restore", PROJECT_WRITE,
                (s, w) -> { s.schedule.restore(List.of(new DoDateSnapshot(w.task(), LocalDate.of(2026, 1, 2), null))); return null; });
        // a line of reflection is the signed-in person's own, like a brain-dump draft
        rule("DayReflectionService.today", SIGNED_IN, (s, w) -> s.reflections.today());
        rule("DayReflectionService.saveToday", SIGNED_IN, (s, w) -> s.reflections.saveToday("A calm day."));
        rule("TaskDependencyService.addDependency", PROJECT_WRITE, (s, w) -> s.dependencies.addDependency(w.task(), w.blocker()));
        rule("TaskDependencyService.removeDependency", PROJECT_WRITE, (s, w) -> s.dependencies.removeDependency(w.task(), w.blocker()));
        // moving to one's own Inbox would take the task from its owner: only the owner may (finding 5)
        rule("TaskMoveService.moveToProject", PROJECT_MANAGE, (s, w) -> s.moves.moveToProject(w.task(), null));
        rule("TaskMoveService.moveUnder", PROJECT_WRITE, (s, w) -> s.moves.moveUnder(w.task(), w.blocker()));
        rule("TaskMoveService.reorder", PROJECT_WRITE, (s, w) -> s.moves.reorder(w.blocker(), Direction.UP));
        rule("TaskTrashService.trash(UUID)", PROJECT_WRITE, (s, w) -> s.trash.trash(w.task()));
        rule("TaskTrashService.trash(Pageable)", SIGNED_IN, (s, w) -> s.trash.trash(PAGE));
        rule("TaskTrashService.restore", PROJECT_WRITE, (s, w) -> s.trash.restore(w.trashed()));
        rule("TaskTrashService.purge", PROJECT_WRITE, (s, w) -> { s.trash.purge(w.trashed()); return null; });
        rule("TaskUndoService.snapshot", PROJECT_READ, (s, w) -> s.undo.snapshot(List.of(w.task())));
        // undo skips tasks the person may not change, exactly like tasks deleted since: nothing happens
        rule("TaskUndoService.revert", expect(DENIED, NO_EFFECT, NOT_ALLOWED, ALLOWED, ALLOWED, NO_EFFECT),
                (s, w) -> { s.undo.revert(List.of(new TaskSnapshot(w.task(), Status.IN_PROGRESS, null, w.project(), null, 1))); return null; });
        // one click, one transaction: the same rules as the single-task services they stand for
        rule("TaskBulkService.completeAll", PROJECT_WRITE, (s, w) -> s.bulk.completeAll(List.of(w.task()), ChildrenOption.COMPLETE_CHILDREN));
        rule("TaskBulkService.moveAllToProject", PROJECT_MANAGE, (s, w) -> { s.bulk.moveAllToProject(List.of(w.task()), null); return null; });
        rule("TaskBulkService.trashAll", PROJECT_WRITE, (s, w) -> s.bulk.trashAll(List.of(w.task())));
        rule("TaskBulkService.restoreAll", PROJECT_WRITE, (s, w) -> { s.bulk.restoreAll(List.of(w.trashed())); return null; });
        rule("TaskBulkService.purgeAll", PROJECT_WRITE, (s, w) -> { s.bulk.purgeAll(List.of(w.trashed())); return null; });
        rule("TaskBulkService.undo", expect(DENIED, NO_EFFECT, NOT_ALLOWED, ALLOWED, ALLOWED, NO_EFFECT),
                (s, w) -> { s.bulk.undo(List.of(new TaskSnapshot(w.task(), Status.IN_PROGRESS, null, w.project(), null, 1)), List.of()); return null; });
        rule("QuickAddService.save", SIGNED_IN, (s, w) -> s.quickAdd.save(new QuickAddParser().parse("Buy milk ~15m", ZonedDateTime.now(s.clock))));
        rule("TaskTransferService.exportJson", SIGNED_IN, (s, w) -> s.transfer.exportJson());
        rule("TaskTransferService.exportCsv", SIGNED_IN, (s, w) -> s.transfer.exportCsv());
        rule("TaskTransferService.exportCalendar", SIGNED_IN, (s, w) -> s.transfer.exportCalendar());
        rule("TaskTransferService.preview", SIGNED_IN, (s, w) -> s.transfer.preview("tasks.csv", csv(), ImportFormat.HELMSMAN_CSV));
        rule("TaskTransferService.importFile", SIGNED_IN, (s, w) -> s.transfer.importFile("tasks.csv", csv(), ImportFormat.HELMSMAN_CSV));

        // ---- the ops console (issue 16): admins only, acting on the other person's account
        rule("SignInOptions.signUpsOpen", ANYONE, (s, w) -> s.signInOptions.signUpsOpen());
        rule("AccountAdministration.disable", ADMIN_ONLY, (s, w) -> { s.accountAdmin.disable(w.id(Who.OTHER)); return null; });
        rule("AccountAdministration.enable", ADMIN_ONLY, (s, w) -> { s.accountAdmin.enable(w.id(Who.OTHER)); return null; });
        rule("AccountAdministration.grantAdmin", ADMIN_ONLY, (s, w) -> { s.accountAdmin.grantAdmin(w.id(Who.OTHER)); return null; });
        rule("AccountAdministration.revokeAdmin", ADMIN_ONLY, (s, w) -> { s.accountAdmin.revokeAdmin(w.id(Who.OTHER)); return null; });
        rule("AccountAdministration.signOutEverywhere", ADMIN_ONLY, (s, w) -> { s.accountAdmin.signOutEverywhere(w.id(Who.OTHER)); return null; });
        rule("AccountAdministration.delete", ADMIN_ONLY, (s, w) -> { s.accountAdmin.delete(w.id(Who.OTHER), w.email(Who.OTHER)); return null; });
        rule("AccountAdministration.unlock", ADMIN_ONLY, (s, w) -> { s.accountAdmin.unlock(w.id(Who.OTHER)); return null; });
        rule("UserAdminService.users", ADMIN_ONLY, (s, w) -> s.userAdmin.users(w.unique(), 0, 10));
        rule("UserAdminService.count", ADMIN_ONLY, (s, w) -> s.userAdmin.count(w.unique()));
        rule("UserAdminService.activePeople", ADMIN_ONLY, (s, w) -> s.userAdmin.activePeople());
        rule("FeatureFlagService.flags", ADMIN_ONLY, (s, w) -> s.flagAdmin.flags());
        rule("FeatureFlagService.set", ADMIN_ONLY, (s, w) -> { s.flagAdmin.set(FeatureFlags.Flag.EMAIL_REMINDERS, true); return null; });
        rule("FeatureFlagService.reset", ADMIN_ONLY, (s, w) -> { s.flagAdmin.reset(FeatureFlags.Flag.EMAIL_REMINDERS); return null; });
        rule("AuditService.search", ADMIN_ONLY, (s, w) -> s.auditAdmin.search(new AuditQuery(null, null, w.unique(), null, null), 0, 10));
        rule("AuditService.count", ADMIN_ONLY, (s, w) -> s.auditAdmin.count(AuditQuery.all()));
        rule("AuditService.actions", ADMIN_ONLY, (s, w) -> s.auditAdmin.actions());
        rule("AuditService.exportCsv", ADMIN_ONLY, (s, w) -> s.auditAdmin.exportCsv(new AuditQuery(null, null, w.unique(), null, null),
                new java.io.ByteArrayOutputStream()));
        rule("JobService.jobs", ADMIN_ONLY, (s, w) -> s.jobAdmin.jobs());
        rule("JobService.runNow", ADMIN_ONLY, (s, w) -> s.jobAdmin.runNow("audit-retention"));
        rule("CalendarAdminService.calendars", ADMIN_ONLY, (s, w) -> s.calendarAdmin.calendars(null, 0));
        rule("CalendarAdminService.retry", ADMIN_ONLY, (s, w) -> s.calendarAdmin.retry(s.ownersCalendar(w, false)));
        rule("CalendarOperations.statuses", ADMIN_ONLY, (s, w) -> s.calendarOps.statuses(null, 0, 25));
        rule("CalendarOperations.retry", ADMIN_ONLY, (s, w) -> s.calendarOps.retry(s.ownersCalendar(w, false)));
        rule("HealthService.checks", ADMIN_ONLY, (s, w) -> s.healthAdmin.checks());
        rule("MetricsService.read", ADMIN_ONLY, (s, w) -> s.metricsAdmin.read(null));
        rule("LiveReplicas.replicas", ADMIN_ONLY, (s, w) -> s.liveReplicas.replicas());
        rule("MaintenanceService.current", SIGNED_IN, (s, w) -> s.maintenance.current());
        rule("MaintenanceService.post", ADMIN_ONLY, (s, w) -> s.maintenance.post("Upgrade tonight", null));
        rule("MaintenanceService.remove", ADMIN_ONLY, (s, w) -> { s.maintenance.remove(); return null; });
    }

    private static byte[] ics() {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261207T100000Z\r\nSUMMARY:Mine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv() {
        return "title\nFrom a file\n".getBytes(StandardCharsets.UTF_8);
    }

    private AuthorizationRules() {
    }
}
