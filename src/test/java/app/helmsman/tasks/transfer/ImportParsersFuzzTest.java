package app.helmsman.tasks.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.tasks.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 11, fuzzing at the parser level: 10,000 generated Helmsman JSON backups, Helmsman CSV files and Todoist CSV
 * files each (well-formed, broken, and in between) are read and planned without any exception but the documented
 * {@link Csv.MalformedException}, within a time bound; a file is either planned without a problem or refused with
 * problems that each name a line of the file. Repeat rules are stubbed here: evaluating them is the rule slice's fuzzing.
 */
class ImportParsersFuzzTest {

    static final Duration BOUND = Duration.ofSeconds(2);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final ImportPlanner.Rules RULES = new ImportPlanner.Rules() {
        @Override
        public String normalise(String rule) {
            if (!rule.startsWith("FREQ=")) {
                throw new IllegalArgumentException("not a rule");
            }
            return rule;
        }

        @Override
        public LocalDate firstOnOrAfter(String rule, LocalDate day) {
            return day;
        }

        @Override
        public LocalDate checkStart(LocalDate start) {
            if (start.getYear() < 1900 || start.getYear() > 2200) {
                throw new IllegalArgumentException("out of range");
            }
            return start;
        }
    };

    @Property(tries = 10_000)
    void any_json_file_is_planned_or_refused_with_located_problems(@ForAll("jsonFiles") String file) {
        var problems = new Problems();
        assertTimeoutPreemptively(BOUND, () -> {
            var batch = BackupJson.read(file.getBytes(StandardCharsets.UTF_8), problems);
            if (batch != null && !problems.any()) {
                new ImportPlanner(context(null), problems).plan(batch);
            }
            assertThat(batch != null || problems.any()).as("an unreadable file says why").isTrue();
        });
        assertLocated(problems, file);
    }

    @Property(tries = 10_000)
    void any_helmsman_csv_file_is_planned_or_refused_with_located_problems(@ForAll("helmsmanCsvFiles") String file) {
        var problems = new Problems();
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                var rows = Csv.parse(file);
                if (!rows.isEmpty() && !rows.getFirst().blank() && TaskCsv.isHeader(rows.getFirst().cells())) {
                    var batch = TaskCsv.read(rows, problems);
                    if (batch != null && !problems.any()) {
                        new ImportPlanner(context(Source.IMPORT), problems).plan(batch);
                    }
                }
            } catch (Csv.MalformedException e) {
                problems.add(e.line(), e.getMessage());
            }
        });
        assertLocated(problems, file);
    }

    @Property(tries = 10_000)
    void any_todoist_csv_file_is_planned_or_refused_with_located_problems(@ForAll("todoistCsvFiles") String file) {
        var problems = new Problems();
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                var rows = Csv.parse(file);
                if (!rows.isEmpty() && !rows.getFirst().blank() && TodoistCsv.isHeader(rows.getFirst().cells())) {
                    var batch = TodoistCsv.read(rows, "Groceries [123].csv", NOW.atZone(ZoneId.of("Europe/Berlin")), problems);
                    if (batch != null && !problems.any()) {
                        new ImportPlanner(context(Source.IMPORT), problems).plan(batch);
                    }
                }
            } catch (Csv.MalformedException e) {
                problems.add(e.line(), e.getMessage());
            }
        });
        assertLocated(problems, file);
    }

    private static void assertLocated(Problems problems, String file) {
        long lines = file.lines().count() + 1;
        assertThat(problems.list()).allSatisfy(p -> {
            assertThat(p.line()).isBetween(0, (int) Math.max(lines, 1) + 1);
            assertThat(p.describe()).isNotBlank();
        });
    }

    private static ImportPlanner.Context context(Source source) {
        return new ImportPlanner.Context(source, Map.of("home", java.util.UUID.randomUUID()), Map.of(), RULES, NOW, LocalDate.of(2026, 11, 28));
    }

    // ------------------------------------------------------------------ generators

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of("Buy milk", "Call mum", "", " ", "Home", "a,b", "say \"hi\"", "=cmd()", "line\nbreak",
                        "x".repeat(501), "ü🙂", "\u202Eevil", "\t")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20)));
    }

    static Arbitrary<String> dateText() {
        return Arbitraries.of("2026-12-01", "2026-02-30", "0001-01-01", "9999-12-31", "+999999999-12-31", "-5-01-01", "tomorrow",
                "every day", "every 99999999 days", "12/31/2026", "", "2026-12-01T10:00:00Z", "1899-12-31", "2201-01-01");
    }

    static Arbitrary<String> numberText() {
        return Arbitraries.oneOf(Arbitraries.of("1", "4", "0", "-1", "5", "99999999999", "1.5", "abc", ""),
                Arbitraries.integers().map(String::valueOf));
    }

    /** Occasionally breaks a file: removes, doubles or inserts one character. */
    static Arbitrary<String> damaged(Arbitrary<String> files) {
        return Combinators.combine(files, Arbitraries.integers().between(0, 9), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.chars().all()).as((file, how, where, c) -> {
                    if (file.isEmpty() || how > 2) {
                        return file;
                    }
                    int at = where % file.length();
                    return switch (how) {
                        case 0 -> file.substring(0, at) + file.substring(at + 1);
                        case 1 -> file.substring(0, at) + file.charAt(at) + file.substring(at);
                        default -> file.substring(0, at) + c + file.substring(at);
                    };
                });
    }

    @Provide
    Arbitrary<String> jsonFiles() {
        var ids = Arbitraries.of("\"a\"", "\"b\"", "\"c\"", "null", "1", "\"\"");
        var jsonText = text().map(ImportParsersFuzzTest::quoted);
        var value = Arbitraries.oneOf(jsonText, dateText().map(ImportParsersFuzzTest::quoted), numberText(),
                Arbitraries.of("null", "true", "[]", "{}", "[\"x\"]", "[\"a\",\"b\"]", "\"TODO\"", "\"DONE\"", "\"LOW\"", "\"FIXED\"",
                        "\"FREQ=WEEKLY;BYDAY=MO\"", "\"nonsense\"", "\"17:30\"", "\"2026-11-28T10:00:00Z\""));
        var field = Arbitraries.of("id", "title", "notes", "status", "priority", "energy", "focus", "estimateMinutes", "actualMinutes",
                "doDate", "doTime", "softDeadline", "hardDeadline", "source", "projectId", "parentId", "tags", "blockedBy",
                "recurrenceRule", "recurrenceMode", "recurrenceStart", "seriesId", "occurrenceDate", "position", "createdAt",
                "completedAt", "deletedAt", "name", "colour", "areaId", "archived", "unknown");
        var member = Combinators.combine(field, Arbitraries.oneOf(value, ids)).as((f, v) -> quoted(f) + ":" + v);
        var object = member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
        var array = object.list().ofMaxSize(6).map(items -> "[" + String.join(",\n", items) + "]");
        var top = Combinators.combine(Arbitraries.of("\"helmsman\"", "\"other\"", "1"), Arbitraries.of("1", "2", "0", "\"1\""), array,
                array, array, array).as((format, version, areas, projects, tags, tasks) -> "{\"format\":" + format + ",\"version\":"
                        + version + ",\n\"areas\":" + areas + ",\n\"projects\":" + projects + ",\n\"tags\":" + tags + ",\n\"tasks\":" + tasks + "}");
        return damaged(top);
    }

    @Provide
    Arbitrary<String> helmsmanCsvFiles() {
        var header = Arbitraries.subsetOf(TaskCsv.COLUMNS).map(columns -> {
            var list = new java.util.ArrayList<>(columns);
            list.remove("title");
            list.addFirst("title");
            return list;
        });
        var cell = Arbitraries.oneOf(text(), dateText(), numberText(), Arbitraries.of("a", "b", "a;b", "TODO", "DONE", "LOW", "DEEP",
                "FREQ=DAILY", "FIXED", "AFTER_COMPLETION", "Home", "#x", "17:30", "25:61"));
        return damaged(header.flatMap(columns -> cell.list().ofSize(columns.size()).list().ofMaxSize(8)
                .map(rows -> csv(columns, rows))));
    }

    @Provide
    Arbitrary<String> todoistCsvFiles() {
        var columns = List.of("TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG",
                "TIMEZONE", "DURATION", "DURATION_UNIT", "DEADLINE");
        var cell = Arbitraries.oneOf(text(), dateText(), numberText(), Arbitraries.of("task", "section", "note", "", "1", "2", "3",
                "4", "5", "-1", "en", "minute", "day", "every monday", "every! day", "@label buy", "Europe/Berlin", "Not/AZone"));
        return damaged(cell.list().ofSize(columns.size()).list().ofMaxSize(8).map(rows -> csv(columns, rows)));
    }

    private static String csv(List<String> columns, List<List<String>> rows) {
        var out = new StringBuilder();
        Csv.writeRow(out, columns);
        rows.forEach(row -> Csv.writeRow(out, row));
        return out.toString();
    }

    private static String quoted(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
