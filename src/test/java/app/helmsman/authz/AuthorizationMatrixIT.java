package app.helmsman.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.Role;
import app.helmsman.accounts.SetupService;
import app.helmsman.accounts.SignInOptions;
import app.helmsman.accounts.internal.UserEntity;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.accounts.internal.UserSettingsEntity;
import app.helmsman.accounts.internal.UserSettingsRepository;
import app.helmsman.assist.AssistService;
import app.helmsman.assist.AssistTasks;
import app.helmsman.assist.BrainDumpDrafts;
import app.helmsman.authz.AuthorizationRules.Rule;
import app.helmsman.focus.FocusService;
import app.helmsman.calendar.CalendarConnectionService;
import app.helmsman.calendar.CalendarProvider;
import app.helmsman.calendar.internal.ConnectionEntity;
import app.helmsman.calendar.internal.ConnectionRepository;
import app.helmsman.calendar.internal.TokenCipher;
import app.helmsman.tasks.ExportFile;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskMoveService;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTransferService;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.TaskBulkService;
import app.helmsman.tasks.QuickAddService;
import app.helmsman.tasks.TaskTrashService;
import app.helmsman.tasks.TaskUndoService;
import app.helmsman.tasks.TaskScheduleService;
import app.helmsman.planner.DayReflectionService;
import app.helmsman.tasks.internal.MemberStore;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Slice;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The authorization matrix (issue 11): every public method of every service (a {@code @Service}, or a bean
 * named {@code *Service}, outside {@code internal} and {@code ui} packages) is found by reflection and must have
 * a line in {@link AuthorizationRules}; each line is then called as each {@link Who} on fresh data, and the
 * outcome must be the declared one. A call that is refused must also leave what the owner sees unchanged.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    private static final AtomicInteger WORLDS = new AtomicInteger();
    private static String passwordHash;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserRepository users;
    @Autowired
    UserSettingsRepository userSettings;
    @Autowired
    MemberStore memberStore;

    @Autowired
    AccountService accounts;
    @Autowired
    SetupService setup;
    @Autowired
    SignInOptions signInOptions;
    @Autowired
    AssistService assist;
    @Autowired
    AssistTasks assistTasks;
    @Autowired
    BrainDumpDrafts drafts;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMembersService members;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService lists;
    @Autowired
    TaskDependencyService dependencies;
    @Autowired
    TaskMoveService moves;
    @Autowired
    TaskTrashService trash;
    @Autowired
    TaskUndoService undo;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    ProjectInvitationService invitations;
    @Autowired
    TaskBulkService bulk;
    @Autowired
    QuickAddService quickAdd;
    @Autowired
    FocusService focus;
    @Autowired
    TaskScheduleService schedule;
    @Autowired
    DayReflectionService reflections;
    @Autowired
    app.helmsman.planner.PlannerService planner;
    @Autowired
    app.helmsman.calendar.CalendarService calendars;
    @Autowired
    app.helmsman.calendar.internal.CalendarStore calendarStore;
    @Autowired
    CalendarConnectionService calendarConnections;
    @Autowired
    ConnectionRepository calendarConnectionRows;
    @Autowired
    TokenCipher tokenCipher;
    @Autowired
    app.helmsman.reminders.ReminderService reminders;
    @Autowired
    app.helmsman.accounts.AccountAdministration accountAdmin;
    @Autowired
    app.helmsman.admin.UserAdminService userAdmin;
    @Autowired
    app.helmsman.admin.FeatureFlagService flagAdmin;
    @Autowired
    app.helmsman.admin.AuditService auditAdmin;
    @Autowired
    app.helmsman.admin.JobService jobAdmin;
    @Autowired
    app.helmsman.admin.CalendarAdminService calendarAdmin;
    @Autowired
    app.helmsman.calendar.CalendarOperations calendarOps;
    @Autowired
    app.helmsman.admin.HealthService healthAdmin;
    @Autowired
    app.helmsman.admin.MetricsService metricsAdmin;
    @Autowired
    app.helmsman.live.LiveReplicas liveReplicas;
    @Autowired
    app.helmsman.admin.MaintenanceService maintenance;

    @BeforeEach
    void cleanDatabase() {
        fixtures.resetDatabase();
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(Fixtures.PASSWORD);
        }
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void every_public_service_method_has_a_rule_and_every_rule_names_a_public_service_method() {
        var methods = publicServiceMethods();
        var rules = AuthorizationRules.rules().keySet();

        assertThat(methods).as("the services found").contains("TaskService.get", "ProjectInvitationService.invite", "AccountService.listUsers");
        assertThat(methods.stream().filter(m -> !rules.contains(m)).toList())
                .as("public service methods without a line in AuthorizationRules (add one each)").isEmpty();
        assertThat(rules.stream().filter(r -> !methods.contains(r)).toList()).as("rules naming no public service method").isEmpty();
        assertThat(AuthorizationRules.rules().values()).as("every rule either calls the method or says why it is no user's call")
                .allMatch(r -> r.call() != null || (r.reason() != null && !r.reason().isBlank()));
    }

    @TestFactory
    Stream<DynamicTest> every_person_gets_what_the_table_says_from_every_service_method() {
        return AuthorizationRules.rules().entrySet().stream().filter(e -> e.getValue().call() != null)
                .map(e -> dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private void check(String method, Rule rule) {
        var actual = new EnumMap<Who, Outcome>(Who.class);
        for (var who : Who.values()) {
            var world = world();
            var before = ownerView(world);
            var expected = rule.expected().get(who);
            signIn(who, world);
            Outcome outcome;
            try {
                var result = rule.call().on(this, world);
                outcome = Outcome.ALLOWED;
                assertNoLeak(method, who, render(result));
            } catch (Throwable thrown) {
                if (thrown instanceof AssertionError failed) {
                    throw failed;
                }
                outcome = Outcome.of(thrown);
                assertNoLeak(method, who, String.valueOf(thrown.getMessage()));
            } finally {
                fixtures.signOut();
            }
            if (expected != Outcome.ALLOWED) {
                var unchanged = ownerView(world).equals(before);
                if (outcome == Outcome.ALLOWED && expected == Outcome.NO_EFFECT && unchanged) {
                    outcome = Outcome.NO_EFFECT;
                } else if (outcome != Outcome.ALLOWED) {
                    assertThat(unchanged).as(method + " refused to " + who + " changed nothing the owner sees").isTrue();
                }
            }
            actual.put(who, outcome);
        }
        assertThat(actual).as(method).isEqualTo(rule.expected());
    }

    /**
     * Derived reads are reads: whatever a call answers (or says when it refuses) names nothing the person may not
     * open. Every name in the shared project contains "zephyr", every private one of the owner "quokka".
     */
    private static void assertNoLeak(String method, Who who, String answer) {
        if (who == Who.OWNER) {
            return;
        }
        var text = answer.toLowerCase(java.util.Locale.ROOT);
        assertThat(text).as(method + " answered " + who + " with the owner's private names").doesNotContain("quokka");
        if (who != Who.VIEWER && who != Who.EDITOR && who != Who.OWNER) {
            assertThat(text).as(method + " answered " + who + " with names from a project they are not in").doesNotContain("zephyr");
        }
    }

    /** What a call answered, as text, with what is in lists and files spelled out. */
    private static String render(Object result) {
        return switch (result) {
            case null -> "";
            case ExportFile file -> file.fileName() + new String(file.content(), StandardCharsets.UTF_8);
            case Slice<?> slice -> slice.getContent().toString();
            default -> result.toString();
        };
    }

    /** "Class.method", or "Class.method(Type,...)" for a name the class overloads. */
    static Set<String> publicServiceMethods(ApplicationContext context) {
        var names = new TreeSet<String>();
        for (var bean : context.getBeanDefinitionNames()) {
            var type = context.getType(bean);
            if (type == null) {
                continue;
            }
            type = ClassUtils.getUserClass(type);
            var pkg = type.getPackageName();
            if (!pkg.startsWith("app.helmsman.") || pkg.contains(".internal") || pkg.contains(".ui")
                    || !(type.isAnnotationPresent(Service.class) || type.getSimpleName().endsWith("Service"))) {
                continue;
            }
            var methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .toList();
            for (var m : methods) {
                boolean overloaded = methods.stream().filter(o -> o.getName().equals(m.getName())).count() > 1;
                names.add(type.getSimpleName() + "." + m.getName() + (overloaded ? parameters(m) : ""));
            }
        }
        return names;
    }

    private Set<String> publicServiceMethods() {
        return publicServiceMethods(context);
    }

    private static String parameters(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    // ------------------------------------------------------------------ the world

    private World world() {
        var unique = String.valueOf(WORLDS.incrementAndGet());
        var ids = new EnumMap<Who, UUID>(Who.class);
        var emails = new EnumMap<Who, String>(Who.class);
        for (var who : EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))) {
            var email = who.name().toLowerCase() + "-" + unique + "@example.com";
            emails.put(who, email);
            ids.put(who, account(email, who == Who.ADMIN ? EnumSet.of(Role.USER, Role.ADMIN) : EnumSet.of(Role.USER)));
        }
        // a second admin, so that the admin may delete their account
        account("spare-admin-" + unique + "@example.com", EnumSet.of(Role.USER, Role.ADMIN));
        fixtures.signIn(emails.get(Who.OWNER));
        try {
            var project = projects.createProject(ProjectDraft.named("Zephyr launch")).id();
            memberStore.put(project, ids.get(Who.VIEWER), "VIEWER", clock.instant());
            memberStore.put(project, ids.get(Who.EDITOR), "EDITOR", clock.instant());
            var task = tasks.create(TaskDraft.titled("Write the zephyr plan").inProject(project)).id();
            var subtask = tasks.create(TaskDraft.titled("Zephyr outline").under(task)).id();
            var blocker = tasks.create(TaskDraft.titled("Zephyr figures").inProject(project)).id();
            var trashed = tasks.create(TaskDraft.titled("Zephyr old idea").inProject(project)).id();
            trash.trash(trashed);
            var privateTask = tasks.create(TaskDraft.titled("Quokka errand")).id();
            // a shared task waiting for a private one: members must never read its title (finding 4)
            dependencies.addDependency(task, privateTask);
            var area = projects.createArea("Quokka area").id();
            var tag = projects.createTag("quokkatag").id();
            // the other person is invited (not yet a member) to a second project with a neutral name
            var openHouse = projects.createProject(ProjectDraft.named("Open house")).id();
            invitations.invite(openHouse, emails.get(Who.OTHER), ProjectRole.VIEWER);
            var invitation = invitations.pending(openHouse).getFirst().id();
            return new World(ids, emails, project, task, tasks.get(task).version(), subtask, blocker, trashed, privateTask, area, tag,
                    invitation, unique);
        } finally {
            fixtures.signOut();
        }
    }

    private UUID account(String email, EnumSet<Role> roles) {
        var user = users.save(new UserEntity(email, "Test " + email, passwordHash, roles, clock.instant()));
        userSettings.save(new UserSettingsEntity(user.getId()));
        return user.getId();
    }

    private void signIn(Who who, World world) {
        if (who != Who.ANONYMOUS) {
            fixtures.signIn(world.email(who));
        }
    }

    /** What the owner sees of the shared project and its tasks (a refusal or absence counts as what is seen). */
    private List<Object> ownerView(World w) {
        fixtures.signIn(w.email(Who.OWNER));
        try {
            var seen = new ArrayList<>();
            seen.add(attempt(() -> tasks.get(w.task())));
            seen.add(attempt(() -> tasks.get(w.subtask())));
            seen.add(attempt(() -> tasks.get(w.blocker())));
            seen.add(attempt(() -> tasks.get(w.trashed())));
            seen.add(attempt(() -> projects.project(w.project())));
            seen.add(attempt(() -> members.members(w.project())));
            return seen;
        } finally {
            fixtures.signOut();
        }
    }

    private static Object attempt(Callable<Object> read) {
        try {
            return read.call();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /**
     * A block of the owner's accepted plan of today (their private and project tasks in it), made as the owner in a
     * zone where it is mid-morning now, so that there is room; whoever was signed in stays signed in.
     */
    UUID ownerBlock(World w) {
        var previous = fixtures.authentication();
        int hour = clock.instant().atZone(java.time.ZoneOffset.UTC).getHour();
        fixtures.timeZone(w.id(Who.OWNER), java.time.ZoneOffset.ofHours(10 - hour).getId());
        fixtures.signIn(w.email(Who.OWNER));
        try {
            var picks = planner.suggestions().stream().map(app.helmsman.planner.PlanSuggestion::taskId).collect(Collectors.toSet());
            return planner.planMyDay(picks, app.helmsman.planner.DayEnergy.NORMAL).blocks().getFirst().blockId();
        } finally {
            fixtures.signOut();
            if (previous != null) {
                var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                context.setAuthentication(previous);
                org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            }
        }
    }

    /** A calendar of the owner (a writable provider calendar, or an imported file), made directly in the store. */
    UUID ownersCalendar(World w, boolean writable) {
        return calendarStore.insertSource(w.id(Who.OWNER), writable ? app.helmsman.calendar.internal.spi.SourceKind.GOOGLE
                        : app.helmsman.calendar.internal.spi.SourceKind.ICS_FILE, writable ? UUID.randomUUID() : null, "cal-" + UUID.randomUUID(),
                "Quokka calendar", true, writable, clock.instant(), null);
    }

    /** The owner's Outlook connection (no revocation call leaves the machine), stored as the connect flow stores one. */
    UUID ownersCalendarConnection(World w) {
        var connection = new ConnectionEntity(w.id(Who.OWNER), CalendarProvider.OUTLOOK, "owner-" + w.unique() + "@outlook.example", clock.instant());
        connection.grant("Calendars.ReadWrite", tokenCipher.encrypt("access"), tokenCipher.encrypt("refresh"), clock.instant().plusSeconds(3600));
        return calendarConnectionRows.save(connection).getId();
    }

    /** A change of every field of a task to plain values, with the title given. */
    TaskChange change(String title) {
        return new TaskChange(title, null, Status.TODO, null, null, null, null, 4, null, null, null, null, List.of(), null, null);
    }
}
