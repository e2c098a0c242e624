package app.helmsman.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 11, fuzzing: 10,000 generated quick-add lines (the parser's own words mixed with huge numbers, impossible
 * dates, control characters and any Unicode) parse without an exception, within a time bound, into a task whose parts
 * are where the line has them.
 */
class QuickAddFuzzTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    static final Duration BOUND = Duration.ofSeconds(2);
    static final QuickAddParser PARSER = new QuickAddParser();

    @Property(tries = 10_000)
    void any_line_parses_within_the_bound_and_its_parts_are_taken_from_the_line(@ForAll("lines") String line) {
        var task = assertTimeoutPreemptively(BOUND, () -> PARSER.parse(line, NOW));

        assertThat(task.title()).isNotNull();
        for (var part : task.parts()) {
            assertThat(part.span().of(line)).isEqualTo(part.text());
        }
    }

    @Provide
    Arbitrary<String> lines() {
        var words = Arbitraries.of("tomorrow", "today", "tonight", "next", "every", "other", "day", "days", "week", "weeks", "month",
                "months", "year", "years", "weekday", "monday", "Fri", "on", "in", "at", "by", "due", "before", "the", "of", "last",
                "31st", "1st", "Feb", "30", "29", "2026-02-30", "9999-12-31", "0000-01-01", "-999999999-01-01", "+999999999-12-31",
                "3pm", "25:99", "24:00", "noon", "midnight", "a.m.", "~1h", "~99999999h", "30m", "~0", "!1", "!0", "!9", "#tag", "#",
                "+Proj", "+", "@low", "@", "\"", "\u201c", "(", ")", ",", "&", "\t", "\n", "\u0000", "\uFEFF", "\u202E", "\uD83D\uDE00",
                "ü", "ß", "İ", "http://x.y/#a", "b@c.de", "  ");
        var numbers = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30));
        var token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, words),
                net.jqwik.api.Tuple.of(2, numbers),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(8)));
        var built = token.list().ofMaxSize(25).map(tokens -> String.join(" ", tokens));
        var raw = Arbitraries.strings().all().ofMaxLength(600);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, built), net.jqwik.api.Tuple.of(1, raw));
    }
}
