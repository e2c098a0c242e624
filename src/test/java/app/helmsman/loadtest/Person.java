package app.helmsman.loadtest;

import app.helmsman.loadtest.Stats.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One simulated person in one browser tab: performs real actions found in the UI tree. An action whose control
 * cannot be found is counted as skipped, not as an error; a failed exchange is an error and the tab is reloaded.
 */
final class Person {

    static final String TODAY = "today/list", INBOX = "inbox";
    private static final List<Kind> MIXED = List.of(Kind.NAVIGATE, Kind.NAVIGATE, Kind.NAVIGATE, Kind.QUICK_ADD, Kind.COMPLETE_UNDO,
            Kind.OPEN_DETAILS, Kind.OPEN_PROJECT, Kind.SEARCH, Kind.BRAIN_DUMP);
    private static final Duration BRAIN_DUMP_WAIT = Duration.ofSeconds(5);

    static final Duration HEARTBEAT = Duration.ofSeconds(60);
    private final UidlSession session;
    private final TaskRows rows;
    private final String email;
    private Stats stats;
    /** When this person's page last sent Vaadin's heartbeat (a browser sends one every minute, busy or not). */
    private long lastHeartbeat = System.nanoTime();
    private final RandomGenerator random;
    private int added;
    /** The last few actions, for error messages. */
    private final java.util.ArrayDeque<Kind> recent = new java.util.ArrayDeque<>();

    Person(UidlSession session, String email, Stats stats, RandomGenerator random) {
        this.session = session;
        this.rows = new TaskRows(session);
        this.email = email;
        this.stats = stats;
        this.random = random;
    }

    /** Where this person's actions are recorded from now on (each phase of a run has its own). */
    void recordInto(Stats phase) {
        this.stats = phase;
    }

    /** Signs in and opens Today; true if that worked. */
    boolean arrive() {
        long start = System.nanoTime();
        try {
            session.signIn(email, LoadSeed.PASSWORD);
            session.open(TODAY);
            stats.ok(Kind.SIGN_IN, System.nanoTime() - start);
            return true;
        } catch (RuntimeException e) {
            stats.error(Kind.SIGN_IN, e);
            return false;
        }
    }

    /**
     * Thinks for {@code millis}, sending the page's heartbeat every {@link #HEARTBEAT} as a browser does: without it
     * Vaadin closes the UI after three missed heartbeats ({@code vaadin.heartbeatInterval=60}), whatever else it sent.
     */
    void think(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (true) {
            long now = System.nanoTime();
            if (now - lastHeartbeat >= HEARTBEAT.toNanos()) {
                lastHeartbeat = now;
                if (!session.heartbeat()) {
                    stats.note("heartbeat: the UI was gone");
                }
            }
            long next = Math.min(until, lastHeartbeat + HEARTBEAT.toNanos());
            sleepQuietly(Math.max(0, (next - now) / 1_000_000));
            if (next >= until) {
                return;
            }
        }
    }

    /** The next action: the mixed scenario's random pick, or always a navigation. */
    Kind pick(boolean mixed) {
        return mixed ? MIXED.get(random.nextInt(MIXED.size())) : Kind.NAVIGATE;
    }

    /** Does one action and records it. */
    void act(Kind kind) {
        long start = System.nanoTime();
        if (recent.size() == 4) {
            recent.removeFirst();
        }
        recent.addLast(kind);
        try {
            closeDialogs();
            boolean done = switch (kind) {
                case NAVIGATE -> navigate();
                case QUICK_ADD -> quickAdd();
                case COMPLETE_UNDO -> completeAndUndo();
                case OPEN_DETAILS -> openDetails();
                case OPEN_PROJECT -> openProject();
                case SEARCH -> search();
                case BRAIN_DUMP -> brainDump();
                case SIGN_IN -> arrive();
            };
            if (done) {
                stats.ok(kind, System.nanoTime() - start);
            } else {
                stats.skip(kind);
            }
        } catch (RuntimeException e) {
            stats.error(kind, e);
            try {
                session.open(TODAY); // as a person would reload the page
            } catch (RuntimeException ignored) {
                // counted already; the next action will tell
            }
        }
    }

    /** Today and Inbox in turn. */
    boolean navigate() {
        session.navigate(TODAY.equals(session.route()) ? INBOX : TODAY, "");
        return true;
    }

    private boolean quickAdd() {
        var tree = session.tree();
        var add = tree.withClass("hm-add-task").findFirst().or(() -> tree.button("Add task"));
        if (add.isEmpty()) {
            return false;
        }
        session.click(add.get());
        var field = tree.find(n -> "vaadin-text-field".equals(n.tag) && "Task".equals(n.property("label"))).findFirst();
        var save = tree.withClass("hm-quick-save").findFirst();
        if (field.isEmpty() || save.isEmpty()) {
            return false;
        }
        session.sync(field.get(), "value", "Load task " + (++added) + " tomorrow ~15m");
        session.click(save.get());
        return true;
    }

    private boolean completeAndUndo() {
        var list = rows.rows();
        if (list.isEmpty()) {
            session.navigate(TODAY, "");
            list = rows.rows();
        }
        if (list.isEmpty() || !rows.complete(list.get(random.nextInt(list.size())))) {
            return false;
        }
        var undo = session.tree().button("Undo");
        if (undo.isEmpty()) {
            return false;
        }
        session.click(undo.get());
        return true;
    }

    private boolean openDetails() {
        var list = rows.rows();
        if (list.isEmpty()) {
            session.navigate(TODAY, "");
            list = rows.rows();
        }
        return !list.isEmpty() && rows.open(list.get(random.nextInt(list.size())));
    }

    private boolean openProject() {
        var projects = session.tree().find(n -> route(n).startsWith("projects/")).toList();
        if (projects.isEmpty()) {
            session.navigate("areas", ""); // where a person finds their projects
            projects = session.tree().find(n -> route(n).startsWith("projects/")).toList();
        }
        if (projects.isEmpty()) {
            return false;
        }
        session.navigate(route(projects.get(random.nextInt(projects.size()))), "");
        return true;
    }

    private static String route(UiTree.Node n) {
        var path = Optional.ofNullable(n.attribute("path")).orElse(Optional.ofNullable(n.attribute("href")).orElse(""));
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private boolean search() {
        session.navigate("search", "");
        var field = session.tree().find(n -> "vaadin-text-field".equals(n.tag) && "Words in the title".equals(n.property("label"))).findFirst()
                .or(() -> session.tree().find(n -> "vaadin-text-field".equals(n.tag) || "search".equals(n.attribute("type"))).findFirst());
        if (field.isEmpty()) {
            return false;
        }
        session.sync(field.get(), "value", "Task " + (1 + random.nextInt(50)));
        return true;
    }

    private boolean brainDump() {
        session.navigate("brain-dump", "");
        var tree = session.tree();
        var text = tree.find(n -> "vaadin-text-area".equals(n.tag) && (n.hasClass("hm-dump-text") || "What's on your mind?".equals(n.property("label"))))
                .findFirst();
        var extract = tree.button("Extract tasks");
        if (text.isEmpty() || extract.isEmpty()) {
            return false;
        }
        session.sync(text.get(), "value", "call the plumber tomorrow\nbuy milk and bread\nwrite the quarterly report by friday");
        session.click(extract.get());
        // The offline helper answers asynchronously (push in a browser): ask for news until the review shows. If it does
        // not show, reload the page as a person would: the proposals are kept on the server and shown again.
        long deadline = System.nanoTime() + BRAIN_DUMP_WAIT.toNanos();
        while (!reviewShown()) {
            var failed = tree.find(n -> n.text != null && n.text.contains("could not read your text")).findAny();
            if (failed.isPresent()) {
                throw new UidlSession.LoadError("brain dump: " + failed.get().text);
            }
            if (System.nanoTime() > deadline) {
                session.open("brain-dump");
                if (session.tree().find(n -> n.text != null && n.text.contains("proposed")).findAny().isPresent()) {
                    stats.note("brain dump: proposals shown only after a reload");
                    return true;
                }
                throw new UidlSession.LoadError("brain dump: no proposals within " + BRAIN_DUMP_WAIT.toSeconds() + " s, nor after a reload; "
                        + text.get().properties.get("helperText") + " " + text.get().properties.get("errorMessage") + " after " + recent);
            }
            sleepQuietly(100);
            session.poll();
        }
        return true;
    }

    private boolean reviewShown() {
        var tree = session.tree();
        return tree.find(n -> n.text != null && n.text.contains("proposed. ")).findAny().isPresent();
    }

    /** A modal dialog left open would make the server ignore the rest of the page: close it as Escape would. */
    private void closeDialogs() {
        var open = session.tree().find(n -> "vaadin-dialog".equals(n.tag) && Boolean.TRUE.equals(n.property("opened"))).toList();
        for (var dialog : open) {
            var close = session.tree().find(n -> session.tree().closest(n, d -> d == dialog).isPresent() && n.listensTo("click")
                    && ("Close".equals(session.tree().text(n)) || "Cancel".equals(session.tree().text(n)))).findFirst();
            if (close.isPresent()) {
                session.click(close.get());
            } else {
                session.sync(dialog, "opened", false);
            }
        }
    }

    /**
     * A person's pause: think time, the ramp, the interval between asking the server for news. Workload modelling, not a
     * test waiting for a condition (which uses Awaitility), hence parkNanos rather than a sleep.
     */
    static void sleepQuietly(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        for (long left = millis * 1_000_000; left > 0; left = until - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new UidlSession.LoadError("interrupted");
            }
        }
    }
}
