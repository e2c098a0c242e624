package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.NOW;
import static app.helmsman.tasks.quickadd.QuickAddFixtures.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random lines built from the parser's own vocabulary and punctuation: invariants hold for every one. */
class QuickAddRobustnessTest {

    private static final String[] VOCABULARY = {
        "every", "on", "in", "at", "by", "due", "next", "this", "the", "of", "and", "&", ",", "!", "~", "#", "+",
        "@", "\"", "\u201c", "\u201d", "(", ")", "tomorrow", "tonight", "today", "friday", "Fri", "Mon,", "thu",
        "May", "5", "31st", "2026-12-31", "3pm", "3", "pm", "a.m.", "15:00", "~1h", "30m", "~15", "min", "hours",
        "week", "weeks", "2", "a", "day", "other", "month", "1st", "last", "weekday", "daily", "weekly", "#tag",
        "+Proj", "@low", "!1", "call", "mom", "http://x.y/#a", "b@c.de", "2027", "Dec", "noon", "'", ".", ":", "-",
        "?", "!,", "(tomorrow)", "Friday!", "~1.5h", "every,", "1h30", "\t", "  "
    };

    @Test
    void random_lines_never_fail_and_keep_spans_titles_and_dismissals_consistent() {
        Random random = new Random(20261128);
        for (int k = 0; k < 5_000; k++) {
            String text = randomLine(random);

            ParsedTask task = PARSER.parse(text, NOW);

            Set<Span> all = new HashSet<>();
            int previousEnd = 0;
            for (Recognised part : task.parts()) {
                assertThat(part.span().of(text)).as(text).isEqualTo(part.text());
                assertThat(part.span().start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = part.span().end();
                all.add(part.span());
            }
            assertThat(task.title()).as(text).isEqualTo(task.title().strip()).doesNotContain("  ");
            for (Recognised part : PARSER.parse(text, NOW, all).parts()) {
                assertThat(all).as(text).noneMatch(dismissed -> dismissed.overlaps(part.span()));
            }
        }
    }

    @Test
    void very_long_line_parses() {
        String text = "Call mom tomorrow 3pm #family ".repeat(2_000);

        ParsedTask task = PARSER.parse(text, NOW);

        assertThat(task.tags()).containsExactly("family");
        assertThat(task.title()).startsWith("Call mom Call mom tomorrow 3pm #family");
    }

    private static String randomLine(Random random) {
        var line = new StringBuilder();
        int words = random.nextInt(9);
        for (int w = 0; w < words; w++) {
            if (random.nextInt(5) > 0) {
                line.append(' ');
            }
            line.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return line.toString();
    }
}
