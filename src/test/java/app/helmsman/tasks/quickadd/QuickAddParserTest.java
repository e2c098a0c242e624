package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.NOW;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.PARSER;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.tasks.quickadd.Recognised.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The issue's example, the sigils, titles, chips and dismissing parts. */
class QuickAddParserTest {

    @Test
    void issue_example_sets_every_field() {
        ParsedTask task = parse("Call mom tomorrow 3pm ~15m !1 #family +Home @low");

        assertThat(task.title()).isEqualTo("Call mom");
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.doTime()).contains(LocalTime.of(15, 0));
        assertThat(task.estimateMinutes()).contains(15);
        assertThat(task.priority()).contains(1);
        assertThat(task.tags()).containsExactly("family");
        assertThat(task.project()).contains("Home");
        assertThat(task.energy()).contains(Energy.LOW);
        assertThat(task.softDeadline()).isEmpty();
        assertThat(task.hardDeadline()).isEmpty();
        assertThat(task.recurrenceRule()).isEmpty();
    }

    @Test
    void issue_example_has_one_chip_per_part_with_spans_and_labels() {
        String text = "Call mom tomorrow 3pm ~15m !1 #family +Home @low";

        assertThat(PARSER.parse(text, NOW).parts()).containsExactly(
                new Recognised(Kind.DO_DATE, new Span(9, 17), "tomorrow", "Tomorrow, Sun 29 Nov"),
                new Recognised(Kind.DO_TIME, new Span(18, 21), "3pm", "3:00 PM"),
                new Recognised(Kind.ESTIMATE, new Span(22, 26), "~15m", "~15 min"),
                new Recognised(Kind.PRIORITY, new Span(27, 29), "!1", "Priority 1"),
                new Recognised(Kind.TAG, new Span(30, 37), "#family", "#family"),
                new Recognised(Kind.PROJECT, new Span(38, 43), "+Home", "Project Home"),
                new Recognised(Kind.ENERGY, new Span(44, 48), "@low", "Low energy"));
    }

    @Test
    void parts_may_come_in_any_order() {
        ParsedTask task = parse("@high +Work !2 #deep-work ~2h Write proposal on Friday at 9");

        assertThat(task.title()).isEqualTo("Write proposal");
        assertThat(task.energy()).contains(Energy.HIGH);
        assertThat(task.project()).contains("Work");
        assertThat(task.priority()).contains(2);
        assertThat(task.tags()).containsExactly("deep-work");
        assertThat(task.estimateMinutes()).contains(120);
        assertThat(task.doDate()).contains(LocalDate.of(2026, 12, 4));
        assertThat(task.doTime()).contains(LocalTime.of(9, 0));
    }

    @Test
    void text_without_anything_recognised_is_the_title() {
        ParsedTask task = parse("Buy oat milk");

        assertThat(task.title()).isEqualTo("Buy oat milk");
        assertThat(task.parts()).isEmpty();
        assertThat(task.doDate()).isEmpty();
    }

    @Test
    void empty_text_gives_empty_title() {
        assertThat(parse("").title()).isEmpty();
        assertThat(parse("   ").parts()).isEmpty();
    }

    @Test
    void text_made_only_of_parts_gives_empty_title() {
        ParsedTask task = parse("tomorrow #home");

        assertThat(task.title()).isEmpty();
        assertThat(task.parts()).hasSize(2);
    }

    // ---- sigils --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is priority {1}")
    @CsvSource({"!1, 1", "!2, 2", "!3, 3", "!4, 4"})
    void exclamation_digit_sets_priority(String token, int priority) {
        ParsedTask task = parse("Pay invoice " + token);

        assertThat(task.priority()).contains(priority);
        assertThat(task.title()).isEqualTo("Pay invoice");
        assertThat(task.parts()).singleElement().extracting(Recognised::label).isEqualTo("Priority " + priority);
    }

    @ParameterizedTest(name = "#{0}")
    @ValueSource(strings = {"family", "deep-work", "a_b", "café", "Q4", "home/garden"})
    void hash_word_is_a_tag(String tag) {
        ParsedTask task = parse("Plan #" + tag + " stuff");

        assertThat(task.tags()).containsExactly(tag);
        assertThat(task.title()).isEqualTo("Plan stuff");
    }

    @Test
    void several_tags_keep_their_order_without_duplicates() {
        ParsedTask task = parse("Read #books #Evening #books #evening");

        assertThat(task.tags()).containsExactly("books", "Evening");
        assertThat(task.title()).isEqualTo("Read #books #evening");
    }

    @Test
    void tag_followed_by_punctuation_keeps_the_punctuation_out_of_the_tag() {
        ParsedTask task = parse("Call grandma (#family), then rest");

        assertThat(task.tags()).containsExactly("family");
        assertThat(task.title()).isEqualTo("Call grandma, then rest");
    }

    @ParameterizedTest(name = "+{0}")
    @ValueSource(strings = {"Home", "Side-Project", "work_2026", "Küche"})
    void plus_word_is_a_project(String project) {
        ParsedTask task = parse("Fix tap +" + project);

        assertThat(task.project()).contains(project);
        assertThat(task.title()).isEqualTo("Fix tap");
        assertThat(task.parts()).singleElement().extracting(Recognised::label).isEqualTo("Project " + project);
    }

    @Test
    void second_project_stays_in_the_title() {
        ParsedTask task = parse("Move boxes +Home +Work");

        assertThat(task.project()).contains("Home");
        assertThat(task.title()).isEqualTo("Move boxes +Work");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"@low, LOW", "@medium, MEDIUM", "@med, MEDIUM", "@high, HIGH", "@LOW, LOW", "@High, HIGH"})
    void at_level_sets_energy(String token, Energy energy) {
        ParsedTask task = parse("Sort photos " + token);

        assertThat(task.energy()).contains(energy);
        assertThat(task.title()).isEqualTo("Sort photos");
    }

    @ParameterizedTest(name = "{0} is {1} minutes")
    @CsvSource({
        "~15m, 15", "~15min, 15", "~15 min, 15", "~45 minutes, 45", "~90m, 90", "~1h30, 90", "~1h30m, 90",
        "~1h 30m, 90", "~2h, 120", "~2 hours, 120", "~3hrs, 180", "~1.5h, 90", "~0.5h, 30", "~1h05, 65"
    })
    void tilde_duration_sets_estimate(String token, int minutes) {
        ParsedTask task = parse("Tidy desk " + token);

        assertThat(task.estimateMinutes()).contains(minutes);
        assertThat(task.title()).isEqualTo("Tidy desk");
    }

    @ParameterizedTest(name = "{0} minutes reads {1}")
    @CsvSource({"~15m, ~15 min", "~2h, ~2 h", "~1h30, ~1 h 30 min", "~90m, ~1 h 30 min"})
    void estimate_label_is_short(String token, String label) {
        assertThat(parse("Tidy " + token).parts()).singleElement().extracting(Recognised::label).isEqualTo(label);
    }

    // ---- titles --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Call mom, tomorrow, then email | Call mom, then email",
        "Buy milk tomorrow. | Buy milk.",
        "Buy milk tomorrow! | Buy milk!",
        "Buy milk (tomorrow) | Buy milk",
        "tomorrow: call mom | call mom",
        "Call mom - tomorrow | Call mom",
        "Call mom tomorrow, | Call mom",
        "  Call   mom    tomorrow  | Call mom",
        "Call\tmom\ttomorrow | Call mom",
        "Call mom tomorrow? | Call mom?",
        "Plan trip: tomorrow, #travel | Plan trip",
        "Buy milk [tomorrow] | Buy milk",
        "Buy milk (tomorrow, 3pm) | Buy milk",
        "Fix foo() tomorrow | Fix foo()",
        "-5 degrees: cover plants tonight | -5 degrees: cover plants",
        "Call: mom tomorrow | Call: mom",
        "Agenda - | Agenda -",
        "tomorrow, - call mom | call mom",
        "Buy milk (before 8, tomorrow) | Buy milk (before 8)",
    })
    void removing_parts_leaves_a_tidy_title(String text, String title) {
        assertThat(parse(text).title()).isEqualTo(title);
    }

    @Test
    void quoted_text_is_never_parsed_and_loses_its_quotes() {
        ParsedTask task = parse("Write \"May report\" tomorrow");

        assertThat(task.title()).isEqualTo("Write May report");
        assertThat(task.parts()).extracting(Recognised::kind).containsExactly(Kind.DO_DATE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Watch \"Friday Night Lights\"",
        "Read \"tomorrow 3pm #tag +Proj @low ~15m !1\"",
        "Email \u201cDec 31 plan\u201d",
        "Buy \"every day\" sticker",
    })
    void nothing_inside_quotes_is_recognised(String text) {
        assertThat(parse(text).parts()).isEmpty();
    }

    @Test
    void smart_quotes_are_removed_from_the_title() {
        assertThat(parse("Email \u201cDec 31 plan\u201d today").title()).isEqualTo("Email Dec 31 plan");
    }

    @Test
    void unclosed_quote_protects_the_rest_of_the_line_and_keeps_its_mark() {
        ParsedTask task = parse("Write \"tomorrow's plan tomorrow");

        assertThat(task.parts()).isEmpty();
        assertThat(task.title()).isEqualTo("Write \"tomorrow's plan tomorrow");
    }

    @Test
    void part_glued_to_a_quote_is_still_recognised_around_it() {
        ParsedTask task = parse("\"Dune\" #books tomorrow");

        assertThat(task.title()).isEqualTo("Dune");
        assertThat(task.tags()).containsExactly("books");
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
    }

    // ---- chips ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Call mom tomorrow 3pm ~15m !1 #family +Home @low",
        "(tomorrow), at 9:30 pm; #a #b",
        "Pay rent every month on the 1st by Friday! due Monday",
        "\"quoted\" next Friday at noon in 2 weeks",
        "Standup every Mon, Wed and Fri at 9 ~15 min",
    })
    void every_span_covers_exactly_the_text_of_its_part_in_order(String text) {
        List<Recognised> parts = PARSER.parse(text, NOW).parts();

        assertThat(parts).isNotEmpty();
        int previousEnd = 0;
        for (Recognised part : parts) {
            assertThat(part.span().of(text)).isEqualTo(part.text());
            assertThat(part.span().start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = part.span().end();
        }
    }

    // ---- dismissing ----------------------------------------------------------------------------

    @Test
    void dismissed_date_stays_in_title_and_the_rest_still_parses() {
        String text = "Call mom tomorrow 3pm";
        Span date = PARSER.parse(text, NOW).part(Kind.DO_DATE).orElseThrow().span();

        ParsedTask task = PARSER.parse(text, NOW, Set.of(date));

        assertThat(task.title()).isEqualTo("Call mom tomorrow");
        assertThat(task.doTime()).contains(LocalTime.of(15, 0));
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 28));
        assertThat(task.parts()).extracting(Recognised::kind).containsExactly(Kind.DO_TIME);
    }

    @Test
    void dismissed_tag_stays_as_plain_word() {
        String text = "Read #books tonight";

        ParsedTask task = PARSER.parse(text, NOW, Set.of(new Span(5, 11)));

        assertThat(task.tags()).isEmpty();
        assertThat(task.title()).isEqualTo("Read #books");
    }

    @Test
    void dismissing_the_first_of_two_dates_lets_the_second_one_through() {
        String text = "Ask about tomorrow tomorrow";

        ParsedTask first = PARSER.parse(text, NOW);
        ParsedTask second = PARSER.parse(text, NOW, Set.of(first.parts().getFirst().span()));

        assertThat(first.parts().getFirst().span()).isEqualTo(new Span(10, 18));
        assertThat(first.title()).isEqualTo("Ask about tomorrow");
        assertThat(second.parts()).singleElement().extracting(Recognised::span).isEqualTo(new Span(19, 27));
        assertThat(second.title()).isEqualTo("Ask about tomorrow");
    }

    @Test
    void dismissed_deadline_keeps_both_words_so_the_weekday_is_not_read_as_do_date() {
        String text = "Pay due Friday";
        Span deadline = PARSER.parse(text, NOW).parts().getFirst().span();

        ParsedTask task = PARSER.parse(text, NOW, Set.of(deadline));

        assertThat(deadline).isEqualTo(new Span(4, 14));
        assertThat(task.parts()).isEmpty();
        assertThat(task.title()).isEqualTo("Pay due Friday");
    }

    @Test
    void dismissed_recurrence_does_not_turn_into_a_date() {
        String text = "Gym every Monday";

        ParsedTask task = PARSER.parse(text, NOW, Set.of(new Span(4, 16)));

        assertThat(task.recurrenceRule()).isEmpty();
        assertThat(task.doDate()).isEmpty();
        assertThat(task.title()).isEqualTo("Gym every Monday");
    }

    @Test
    void dismissing_everything_gives_the_text_back() {
        String text = "Call mom tomorrow 3pm ~15m !1 #family +Home @low";
        Set<Span> all = new java.util.HashSet<>();
        PARSER.parse(text, NOW).parts().forEach(p -> all.add(p.span()));

        ParsedTask task = PARSER.parse(text, NOW, all);

        assertThat(task.parts()).isEmpty();
        assertThat(task.title()).isEqualTo(text);
    }

    @Test
    void dismissing_a_span_that_matches_nothing_changes_nothing() {
        String text = "Call mom tomorrow";

        assertThat(PARSER.parse(text, NOW, Set.of(new Span(0, 4)))).isEqualTo(PARSER.parse(text, NOW));
    }

    // ---- contract ------------------------------------------------------------------------------

    @Test
    void null_arguments_are_rejected() {
        assertThatThrownBy(() -> PARSER.parse(null, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PARSER.parse("x", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PARSER.parse("x", NOW, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void result_lists_are_unmodifiable() {
        ParsedTask task = parse("Read #books tomorrow");

        assertThatThrownBy(() -> task.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> task.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalid_span_is_rejected() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_parser_gives_the_same_results_on_many_threads() throws Exception {
        List<String> lines = List.of("Call mom tomorrow 3pm ~15m !1 #family +Home @low",
                "Gym every Mon and Thu at 7 @high", "Report by Friday! #work", "Meeting notes for May");
        List<ParsedTask> expected = lines.stream().map(QuickAddFixtures::parse).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<Boolean> job = () -> {
                    for (int k = 0; k < 500; k++) {
                        int n = k % lines.size();
                        if (!PARSER.parse(lines.get(n), NOW).equals(expected.get(n))) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(job));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
