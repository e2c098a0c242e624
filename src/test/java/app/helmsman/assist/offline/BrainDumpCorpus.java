package app.helmsman.assist.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The brain dumps in {@code src/test/resources/assist/brain-dumps}, in the format its README describes, and the
 * checks each one asks for.
 */
final class BrainDumpCorpus {

    /** Saturday 28 November 2026, 10:00 in Berlin, as in the quick-add tests. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    static final Path DIRECTORY = Path.of("src/test/resources/assist/brain-dumps");

    /** One expected task: a title that contains (or equals) {@code text}, with field checks. */
    record Expected(String text, boolean exact, List<String> checks) {

        boolean matches(ProposedTask task) {
            return exact ? task.title().equals(text)
                    : task.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }
    }

    record Dump(String name, String text, Vocabulary vocabulary, List<Expected> tasks, List<String> not,
                int min, int max) {

        @Override
        public String toString() {
            return name;
        }
    }

    private BrainDumpCorpus() {
    }

    static List<Dump> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(BrainDumpCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dump read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String section = "";
        var dump = new StringBuilder();
        var projects = new ArrayList<String>();
        var tags = new ArrayList<String>();
        var tasks = new ArrayList<Expected>();
        var not = new ArrayList<String>();
        int min = 0;
        int max = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.startsWith("=== ")) {
                section = line.substring(4).strip();
                continue;
            }
            switch (section) {
                case "dump" -> dump.append(line).append('\n');
                case "vocabulary" -> {
                    if (line.startsWith("projects:")) {
                        projects.addAll(names(line.substring(9)));
                    } else if (line.startsWith("tags:")) {
                        tags.addAll(names(line.substring(5)));
                    }
                }
                case "tasks" -> {
                    if (!line.isBlank()) {
                        String[] parts = line.split(" \\| ");
                        String title = parts[0].strip();
                        boolean exact = title.startsWith("=");
                        tasks.add(new Expected(exact ? title.substring(1) : title, exact,
                                Arrays.stream(parts).skip(1).map(String::strip).toList()));
                    }
                }
                case "not" -> {
                    if (!line.isBlank()) {
                        not.add(line.strip());
                    }
                }
                case "count" -> {
                    if (!line.isBlank()) {
                        String[] range = line.strip().split("\\.\\.");
                        min = Integer.parseInt(range[0]);
                        max = Integer.parseInt(range[1]);
                    }
                }
                default -> {
                }
            }
        }
        String text = dump.toString();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Dump(file.getFileName().toString(), text, new Vocabulary(projects, tags), tasks, not, min, max);
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The problems with the proposals for a dump; empty when it passes. */
    static List<String> problems(Dump dump, List<ProposedTask> tasks) {
        var problems = new ArrayList<String>();
        if (tasks.size() < dump.min() || tasks.size() > dump.max()) {
            problems.add("expected " + dump.min() + ".." + dump.max() + " proposals, got " + tasks.size());
        }
        for (Expected expected : dump.tasks()) {
            ProposedTask task = tasks.stream().filter(expected::matches).findFirst().orElse(null);
            if (task == null) {
                problems.add("no task " + (expected.exact() ? "equal to" : "containing") + " '" + expected.text()
                        + "'");
                continue;
            }
            for (String check : expected.checks()) {
                String problem = check(check, task, tasks);
                if (problem != null) {
                    problems.add("'" + task.title() + "': " + problem);
                }
            }
        }
        for (String forbidden : dump.not()) {
            boolean exact = forbidden.startsWith("=");
            String text = exact ? forbidden.substring(1) : forbidden;
            for (ProposedTask task : tasks) {
                boolean hit = exact ? task.title().equalsIgnoreCase(text)
                        : task.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
                if (hit) {
                    problems.add("'" + task.title() + "' must not be a task (" + forbidden + ")");
                }
            }
        }
        return problems;
    }

    private static String check(String check, ProposedTask task, List<ProposedTask> all) {
        if (check.equals("guessed")) {
            return task.estimateGuessed() && task.estimateMinutes().isPresent() ? null : "estimate not guessed";
        }
        int tilde = check.indexOf('~');
        int eq = check.indexOf('=');
        if (tilde > 0 && (eq < 0 || tilde < eq)) {
            String want = check.substring(tilde + 1);
            return task.notes().map(n -> n.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT)))
                    .orElse(false) ? null : "notes " + task.notes() + " lack '" + want + "'";
        }
        String key = check.substring(0, eq);
        String want = check.substring(eq + 1);
        String got = switch (key) {
            case "priority" -> task.priority().map(String::valueOf).orElse("-");
            case "do" -> task.doDate().map(String::valueOf).orElse("-");
            case "time" -> task.doTime().map(String::valueOf).orElse("-");
            case "soft" -> task.softDeadline().map(String::valueOf).orElse("-");
            case "hard" -> task.hardDeadline().map(String::valueOf).orElse("-");
            case "estimate" -> task.estimateMinutes().map(String::valueOf).orElse("-");
            case "project" -> task.project().orElse("-");
            case "tag" -> task.tags().contains(want) ? want : String.valueOf(task.tags());
            case "energy" -> task.energy().map(String::valueOf).orElse("-");
            case "focus" -> task.focusType().map(String::valueOf).orElse("-");
            case "after" -> {
                int index = -1;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).title().toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT))) {
                        index = i;
                        break;
                    }
                }
                yield index >= 0 && task.dependsOn().contains(index) ? want : "depends on " + task.dependsOn();
            }
            default -> throw new IllegalArgumentException("unknown check " + check);
        };
        return want.equals(got) ? null : key + " is " + got + ", expected " + want;
    }
}
