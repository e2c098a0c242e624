package app.helmsman.loadtest;

import app.helmsman.loadtest.Stats.Kind;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Helmsman's load driver: {@code sessions} people sign in through the form login (spread over {@code people}
 * seeded accounts), open Today, then act with exponential think time for {@code duration}. Measures, in order:
 * retained heap per session after Today and after Today then Inbox (if a {@link ServerProbe} can see the server),
 * one warm session's navigation round trip, then the load phase's throughput, round trips, errors and CPU per
 * action. Bounded in time: every phase has a deadline, and requests time out.
 */
public final class LoadDriver {

    /** What to run. {@code mixed}: every kind of action; otherwise only Today/Inbox navigations. */
    record Config(String baseUrl, int sessions, int people, Duration duration, Duration thinkMean, Duration ramp, boolean mixed,
            int warmNavigations, long seed, int anonymousVisits, Duration window) {

        Config {
            if (sessions < 1 || sessions > 5000 || people < 1 || duration.toMinutes() > 60) {
                throw new IllegalArgumentException("sessions 1..5000, people >= 1, duration <= 60 min");
            }
        }
    }

    /** The figures of one run. Heap and CPU figures are NaN when the server could not be probed. */
    record Result(Config config, int signedIn, double heapPerAnonymousVisitKb, double heapPerSessionTodayKb, double heapPerSessionTodayInboxKb,
            double warmP50, double warmP95, Map<Kind, Stats.Summary> kinds, Stats.Summary actions, double actionsPerSecond,
            double navigationsPerSecond, double cpuMsPerAction, int errors, Map<String, Integer> errorMessages,
            Map<String, Integer> notes, String anonymousSessions, List<Soak.Window> windows) {

        Result withAnonymousSessions(String figures) {
            return new Result(config, signedIn, heapPerAnonymousVisitKb, heapPerSessionTodayKb, heapPerSessionTodayInboxKb, warmP50, warmP95, kinds, actions,
                    actionsPerSecond, navigationsPerSecond, cpuMsPerAction, errors, errorMessages, notes, figures, windows);
        }

        /** True when every kind of action in the scenario succeeded at least once. */
        boolean everyKindRan() {
            return kinds.values().stream().filter(s -> s.kind() != Kind.SIGN_IN).allMatch(s -> s.count() > 0);
        }
    }

    private final Config config;
    private final ServerProbe probe;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    LoadDriver(Config config, ServerProbe probe) {
        this.config = config;
        this.probe = probe;
    }

    Result run() throws InterruptedException {
        var setup = new Stats();
        long heapBefore = probe.heapAfterGc();
        var persons = arrive(setup);
        long heapToday = probe.heapAfterGc();
        forEach(persons, Person::navigate, setup, Duration.ofMinutes(5));
        long heapInbox = probe.heapAfterGc();
        forEach(persons, Person::navigate, setup, Duration.ofMinutes(5)); // back on Today, where the load phase starts

        var warm = warm();
        var load = new Stats();
        long cpuBefore = probe.cpuNanos();
        long start = System.nanoTime();
        List<Soak.Window> windows = List.of();
        if (config.window().isPositive()) {
            var soak = Soak.start(load, probe, config.window());
            try {
                runLoad(persons, load);
            } finally {
                soak.close();
            }
            windows = soak.windows();
        } else {
            runLoad(persons, load);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuAfter = probe.cpuNanos();
        // last, so the anonymous sessions (they live minutes) do not blur the signed-in figures
        double anonymousKb = anonymousVisits(setup);

        var kinds = new java.util.EnumMap<Kind, Stats.Summary>(Kind.class);
        var usedKinds = config.mixed() ? List.of(Kind.values()) : List.of(Kind.SIGN_IN, Kind.NAVIGATE);
        for (var kind : usedKinds) {
            kinds.put(kind, kind == Kind.SIGN_IN ? setup.summary(kind) : load.summary(kind));
        }
        var actions = load.actions();
        double perSession = persons.isEmpty() ? Double.NaN : 1024.0 * persons.size();
        var errors = new java.util.HashMap<>(setup.errorMessages());
        load.errorMessages().forEach((k, v) -> errors.merge(k, v, Integer::sum));
        return new Result(config, persons.size(), anonymousKb, heapBefore < 0 ? Double.NaN : (heapToday - heapBefore) / perSession,
                heapBefore < 0 ? Double.NaN : (heapInbox - heapBefore) / perSession, Stats.percentile(warm, 50), Stats.percentile(warm, 95),
                kinds, actions, actions.count() / seconds, load.summary(Kind.NAVIGATE).count() / seconds,
                cpuBefore < 0 || actions.count() == 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / actions.count(),
                setup.totalErrors() + load.totalErrors(), errors, load.notes(), "", windows);
    }

    /** Visitors who only open the sign-in page (no cookies kept): heap retained per visit, in KB. */
    private double anonymousVisits(Stats stats) {
        if (config.anonymousVisits() <= 0) {
            return Double.NaN;
        }
        long before = probe.heapAfterGc();
        for (int i = 0; i < config.anonymousVisits(); i++) {
            try {
                var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(config.baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(30)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() != 200) {
                    stats.error(Kind.SIGN_IN, new UidlSession.LoadError("anonymous GET /login: HTTP " + page.statusCode()));
                }
            } catch (java.io.IOException e) {
                stats.error(Kind.SIGN_IN, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }
        long after = probe.heapAfterGc();
        return before < 0 ? Double.NaN : (after - before) / 1024.0 / config.anonymousVisits();
    }

    /** Signs everyone in, spread evenly over the ramp. */
    private List<Person> arrive(Stats stats) throws InterruptedException {
        var persons = new ConcurrentLinkedQueue<Person>();
        long rampNanos = config.ramp().toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < config.sessions(); i++) {
                int index = i;
                long at = rampNanos * i / config.sessions();
                pool.submit(() -> {
                    Person.sleepQuietly(at / 1_000_000);
                    var person = new Person(new UidlSession(http, config.baseUrl()), LoadSeed.email(index % config.people()), stats,
                            new SplittableRandom(config.seed() + index));
                    if (person.arrive()) {
                        persons.add(person);
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(config.ramp().toSeconds() + 300, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        return new ArrayList<>(persons);
    }

    private void forEach(List<Person> persons, java.util.function.Predicate<Person> step, Stats stats, Duration limit) throws InterruptedException {
        try (var pool = Executors.newFixedThreadPool(Math.min(64, Math.max(1, persons.size())), Thread.ofVirtual().factory())) {
            for (var person : persons) {
                pool.submit(() -> {
                    try {
                        step.test(person);
                    } catch (RuntimeException e) {
                        stats.error(Kind.NAVIGATE, e);
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }

    /** One extra session navigating Today/Inbox back to back on the otherwise idle server. */
    private List<Double> warm() {
        var stats = new Stats();
        var person = new Person(new UidlSession(http, config.baseUrl()), LoadSeed.email(0), stats, new SplittableRandom(config.seed()));
        var times = new ArrayList<Double>();
        if (!person.arrive()) {
            return times;
        }
        for (int i = 0; i < 20 + config.warmNavigations(); i++) {
            long start = System.nanoTime();
            person.navigate();
            if (i >= 20) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return times;
    }

    /** Everyone acts with exponential think time (mean {@code thinkMean}) until the duration is over. */
    private void runLoad(List<Person> persons, Stats stats) throws InterruptedException {
        long end = System.nanoTime() + config.duration().toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < persons.size(); i++) {
                var person = persons.get(i);
                var random = new SplittableRandom(config.seed() * 31 + i);
                person.recordInto(stats);
                pool.submit(() -> {
                    while (true) {
                        long think = (long) (-Math.log(1 - random.nextDouble()) * config.thinkMean().toMillis());
                        if (System.nanoTime() + think * 1_000_000 > end) {
                            break;
                        }
                        person.think(think);
                        person.act(person.pick(config.mixed()));
                    }
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(config.duration().toSeconds() + 120, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * {@code LoadDriver --url http://127.0.0.1:18190 --sessions 300 --people 300 --duration 60 --think 5 --ramp 30
     * --scenario mixed|navigate [--pid <server pid>] [--seed-jdbc jdbc:postgresql://...]}
     */
    public static void main(String[] args) throws Exception {
        var options = Report.options(args);
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "50"));
        int people = Integer.parseInt(options.getOrDefault("people", Integer.toString(sessions)));
        if (options.containsKey("seed-jdbc")) {
            LoadSeed.seed(options.get("seed-jdbc"), options.getOrDefault("seed-user", "postgres"), null, people);
        }
        var config = new Config(options.getOrDefault("url", "http://127.0.0.1:18190"), sessions, people,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60"))),
                Duration.ofMillis((long) (1000 * Double.parseDouble(options.getOrDefault("think", "5")))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("ramp", "20"))), !"navigate".equals(options.get("scenario")),
                Integer.parseInt(options.getOrDefault("warm", "200")), Long.parseLong(options.getOrDefault("random-seed", "42")),
                Integer.parseInt(options.getOrDefault("anonymous", "0")), Duration.ofSeconds(Long.parseLong(options.getOrDefault("window", "0"))));
        var probe = options.containsKey("pid") ? ServerProbe.process(Long.parseLong(options.get("pid"))) : ServerProbe.none();
        var management = options.get("management-url");
        String anonymousBefore = management == null ? "" : Report.anonymousSessions(management);
        var result = new LoadDriver(config, probe).run();
        if (options.containsKey("histogram")) {
            // with every session still open: where their memory is, by class
            java.nio.file.Files.writeString(java.nio.file.Path.of(options.get("histogram")), probe.classHistogram());
        }
        String anonymous = management == null ? "" : anonymousBefore + " -> " + Report.anonymousSessions(management);
        System.out.println(Report.markdown(result.withAnonymousSessions(anonymous)));
        System.exit(result.errors() == 0 ? 0 : 1);
    }
}
