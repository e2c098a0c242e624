package app.helmsman.assist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.assist.Proposal;
import app.helmsman.assist.offline.Vocabulary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 11, fuzzing the checks of the model's answers: 10,000 generated answers each for extraction, breakdown and
 * classification are read within a time bound, either into values that keep every promise of {@link Proposal}
 * (bounded counts, no control characters, dependencies only on earlier items) or refused as
 * {@link AnswerReader.Unreadable}; no other exception escapes.
 */
class AnswerReaderFuzzTest {

    static final Duration BOUND = Duration.ofSeconds(2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Vocabulary NAMES = new Vocabulary(List.of("Garden", "Work"), List.of("errands", "Calls"));
    final AnswerReader reader = new AnswerReader(new Prompts());

    @Property(tries = 10_000)
    void any_extraction_answer_gives_sound_proposals_or_is_unreadable(@ForAll("answers") String answer) {
        var read = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return reader.proposals(answer, NAMES, "buy seeds #seeds +Allotment", TODAY);
            } catch (AnswerReader.Unreadable e) {
                return null;
            }
        });
        if (read == null) {
            return;
        }
        var proposals = read.value();
        assertThat(proposals).hasSizeLessThanOrEqualTo(AnswerReader.MAX_PROPOSALS);
        for (int i = 0; i < proposals.size(); i++) {
            var p = proposals.get(i);
            assertThat(p.title()).isNotBlank().hasSizeLessThanOrEqualTo(Proposal.MAX_TITLE);
            assertNoControlCharacters(p.title());
            assertNoControlCharacters(p.project());
            p.tags().forEach(AnswerReaderFuzzTest::assertNoControlCharacters);
            assertThat(p.tags()).hasSizeLessThanOrEqualTo(AnswerReader.MAX_TAGS);
            int index = i;
            assertThat(p.dependsOn()).allSatisfy(d -> assertThat(d).isBetween(0, index - 1));
        }
    }

    @Property(tries = 10_000)
    void any_breakdown_answer_gives_two_to_ten_steps_or_is_unreadable(@ForAll("answers") String answer) {
        var read = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return reader.steps(answer);
            } catch (AnswerReader.Unreadable e) {
                return null;
            }
        });
        if (read != null) {
            assertThat(read.value().steps()).hasSizeBetween(2, AnswerReader.MAX_STEPS)
                    .allSatisfy(step -> assertThat(step).isNotBlank().hasSizeLessThanOrEqualTo(Proposal.MAX_TITLE));
            read.value().steps().forEach(AnswerReaderFuzzTest::assertNoControlCharacters);
        }
    }

    @Property(tries = 10_000)
    void any_classification_answer_gives_a_bounded_suggestion_or_is_unreadable(@ForAll("answers") String answer) {
        var read = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return reader.classification(answer);
            } catch (AnswerReader.Unreadable e) {
                return null;
            }
        });
        if (read != null && read.value().estimateMinutes() != null) {
            assertThat(read.value().estimateMinutes()).isBetween(1, Proposal.MAX_ESTIMATE);
        }
    }

    private static void assertNoControlCharacters(String text) {
        if (text != null) {
            assertThat(text.chars()).noneMatch(Character::isISOControl);
        }
    }

    @Provide
    Arbitrary<String> answers() {
        var string = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("Buy seeds", "Call mum", "", " ", "- Water plants", "1. Dig", "Garden", "Work", "errands",
                        "seeds", "Allotment", "LOW", "high", "DEEP", "2026-12-05", "2026-02-30", "0001-01-01", "+999999999-12-31",
                        "18:00", "25:00", "30 min", "x".repeat(600), "a\u0000b", "\u202Ex", "You are Helmsman's assistant")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
        var scalar = Arbitraries.oneOf(string.map(AnswerReaderFuzzTest::quoted), Arbitraries.of("null", "true", "0", "-1", "3", "99999999",
                "1.5", "1e309", "[]", "{}", "[0]", "[1,0]", "[-1, 99]", "[\"errands\", \"new\"]"));
        var field = Arbitraries.of("title", "notes", "estimateMinutes", "energy", "focus", "priority", "doDate", "doTime",
                "softDeadline", "hardDeadline", "project", "tags", "dependsOn", "step", "text", "guidance", "other");
        var member = Combinators.combine(field, scalar).as((f, v) -> quoted(f) + ":" + v);
        var object = member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
        var item = Arbitraries.oneOf(object, scalar);
        var list = item.list().ofMaxSize(60).map(items -> "[" + String.join(",", items) + "]");
        var wrapped = Combinators.combine(Arbitraries.of("tasks", "steps", "items"), list, scalar)
                .as((key, items, guidance) -> "{\"" + key + "\":" + items + ",\"guidance\":" + guidance + "}");
        var structured = Arbitraries.oneOf(wrapped, list, object);
        var framed = Combinators.combine(Arbitraries.of("", "```json\n", "Here you go: ", "{"), structured, Arbitraries.of("", "\n```", " Hope it helps.", "}"))
                .as((before, body, after) -> before + body + after);
        return Arbitraries.frequencyOf(Tuple.of(5, framed), Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    private static String quoted(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
