package app.helmsman.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of repeat rules (issue 11): whatever rule text and whatever start (years -9999 to 99999), normalising
 * and evaluating either work or fail with the documented {@link TaskValidationException}, and every call returns
 * within a bound; nothing else escapes.
 */
class RecurrenceFuzzTest {

    /** Far above the evaluation's own 1 s limit; a call that hangs fails here instead of holding the build. */
    static final Duration BOUND = Duration.ofSeconds(5);

    @Property(tries = 10_000)
    void any_rule_text_and_any_start_is_evaluated_or_refused_with_a_validation_error_within_a_bound(
            @ForAll("rules") String rule, @ForAll("days") LocalDate start, @ForAll("offsets") int offset) {
        var after = start.plusDays(offset);
        assertTimeoutPreemptively(BOUND, () -> {
            var normalised = refusedOr(() -> Recurrences.normalise(rule));
            normalised.ifPresent(stored -> assertThat(refusedOr(() -> Recurrences.normalise(stored))).as("normalising is stable").contains(stored));
            // a stored row need not have gone through normalise (older versions, direct inserts): evaluate the raw text too
            for (var text : normalised.isPresent() ? List.of(rule, normalised.get()) : List.of(rule)) {
                refusedOr(() -> Recurrences.nextAfter(text, start, after)).flatMap(next -> next)
                        .ifPresent(next -> assertThat(next).isAfter(after).isBeforeOrEqualTo(Recurrences.LATEST));
                refusedOr(() -> Recurrences.firstOnOrAfter(text, start, after)).flatMap(next -> next)
                        .ifPresent(next -> assertThat(next).isAfterOrEqualTo(after));
            }
        });
    }

    @Property(tries = 10_000)
    void every_rule_quick_add_makes_is_accepted_and_evaluated_from_its_do_date_within_a_bound(
            @ForAll("phrases") String phrase, @ForAll("todays") LocalDate today) {
        var now = today.atTime(9, 30).atZone(java.time.ZoneOffset.UTC);
        assertTimeoutPreemptively(BOUND, () -> {
            var parsed = new QuickAddParser().parse(phrase, now);
            parsed.recurrenceRule().ifPresent(rule -> {
                var stored = Recurrences.normalise(rule);
                var start = parsed.doDate().orElse(today);
                // a do date outside 1900-2200 is refused as the series' start, never evaluated
                refusedOr(() -> Recurrences.nextAfter(stored, start, start)).flatMap(next -> next)
                        .ifPresent(next -> assertThat(next).isAfter(start));
            });
        });
    }

    /** The clock's today: any day from 1900 to 2200 (the parser's own fuzzing covers stranger clocks). */
    @Provide
    Arbitrary<LocalDate> todays() {
        return Arbitraries.longs().between(Recurrences.EARLIEST.toEpochDay(), Recurrences.LATEST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> phrases() {
        var words = Arbitraries.of("every", "daily", "weekly", "monthly", "yearly", "biweekly", "fortnightly", "annually", "everyday", "other",
                "day", "days", "week", "weeks", "month", "months", "year", "years", "weekday", "weekend", "on", "the", "1st", "2nd", "15th",
                "31st", "last", "Monday", "Mondays", "tue", "Thu", "and", ",", "Sunday", "2", "3", "10", "99999", "0", "-1", "in", "at", "9am",
                "tomorrow", "today", "next", "Jan", "February", "29", "30", "31", "0001", "9999", "2026", "-0001", "!", "p1", "#work", "@home");
        return words.list().ofMinSize(1).ofMaxSize(8).map(l -> "Water plants " + String.join(" ", l));
    }

    /** The call's result, or empty when it was refused with the documented exception and a message. */
    private static <T> Optional<T> refusedOr(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (TaskValidationException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.errors()).isNotEmpty();
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        var sane = Arbitraries.integers().between(-2000, 2000).map(days -> LocalDate.of(2026, 11, 28).plusDays(days));
        var range = Arbitraries.longs().between(LocalDate.of(1899, 1, 1).toEpochDay(), LocalDate.of(2201, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        var extreme = Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99_999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        var edges = Arbitraries.of(LocalDate.of(-1, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31), LocalDate.of(2201, 1, 1), LocalDate.of(9999, 12, 31));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, sane), net.jqwik.api.Tuple.of(2, range), net.jqwik.api.Tuple.of(1, extreme),
                net.jqwik.api.Tuple.of(1, edges));
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-400, 400), Arbitraries.integers().between(-200_000, 200_000));
    }

    @Provide
    Arbitrary<String> rules() {
        var parts = Arbitraries.oneOf(
                Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY", "SOMETIMES", "").map(f -> "FREQ=" + f),
                Arbitraries.integers().between(-5, 5000).map(n -> "INTERVAL=" + n),
                Arbitraries.integers().between(-5, 100_000).map(n -> "COUNT=" + n),
                until(),
                list(Arbitraries.integers().between(-60, 60).flatMap(n -> Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX")
                        .map(d -> (n == 0 ? "" : n) + d))).map(l -> "BYDAY=" + l),
                list(Arbitraries.integers().between(-40, 40)).map(l -> "BYMONTHDAY=" + l),
                list(Arbitraries.integers().between(-2, 14)).map(l -> "BYMONTH=" + l),
                list(Arbitraries.integers().between(-400, 400)).map(l -> "BYYEARDAY=" + l),
                list(Arbitraries.integers().between(-60, 60)).map(l -> "BYWEEKNO=" + l),
                list(Arbitraries.integers().between(-400, 400)).map(l -> "BYSETPOS=" + l),
                Arbitraries.of("MO", "SU", "XX").map(d -> "WKST=" + d),
                Arbitraries.of("RSCALE=GREGORIAN", "RSCALE=HEBREW", "RSCALE=NOPE", "SKIP=BACKWARD", "SKIP=FORWARD", "SKIP=OMIT", "SKIP=MAYBE"),
                Arbitraries.strings().ofMaxLength(12).map(junk -> junk));
        var rule = parts.list().ofMinSize(0).ofMaxSize(6).map(l -> String.join(";", l));
        var withFreqFirst = Combinators.combine(Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY"), rule)
                .as((freq, rest) -> "FREQ=" + freq + (rest.isEmpty() ? "" : ";" + rest));
        var dressed = Combinators.combine(Arbitraries.oneOf(withFreqFirst, rule), Arbitraries.of("", "RRULE:", "rrule:", " "),
                Arbitraries.of(true, false)).as((text, prefix, lower) -> prefix + (lower ? text.toLowerCase(java.util.Locale.ROOT) : text));
        var huge = Arbitraries.integers().between(490, 2000).map(n -> "FREQ=DAILY;BYMONTHDAY=" + "1,".repeat(n / 2) + "2");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, withFreqFirst), net.jqwik.api.Tuple.of(3, dressed),
                net.jqwik.api.Tuple.of(1, huge), net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    }

    private static Arbitrary<String> until() {
        var years = Arbitraries.oneOf(Arbitraries.integers().between(1890, 2210), Arbitraries.integers().between(0, 9999));
        return Combinators.combine(years, Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32), Arbitraries.of("", "T120000Z", "T250000"))
                .as((y, m, d, t) -> "UNTIL=%04d%02d%02d%s".formatted(y, m, d, t));
    }

    private static Arbitrary<String> list(Arbitrary<?> items) {
        return items.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(",", l.stream().map(String::valueOf).toList()));
    }
}
