package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Set;

/**
 * Resolutions are not tasks: "I should be a better friend", "need to be more patient", "stop procrastinating",
 * "get my life together" describe who the writer wants to be, with nothing to do and nothing to tick off. A
 * concrete habit with an object stays a task ("drink more water", "stop the gym membership").
 */
final class Resolutions {

    private static final Set<String> BE = Set.of("be", "become", "being");
    private static final Set<String> QUALITIES = Set.of("a", "an", "more", "less", "better", "nicer", "kinder",
            "healthier", "happier", "calmer", "fitter", "stronger", "braver", "patient", "organised", "organized",
            "productive", "disciplined", "consistent", "present", "kind", "nice", "good", "positive", "tidier",
            "thinner", "smarter", "someone", "the", "so", "way", "myself", "on");
    private static final Set<String> TOGETHER = Set.of("together", "sorted", "straight", "in order");

    private Resolutions() {
    }

    /** Whether words {@code [s, e)} (after any intention) are a resolution rather than a task. */
    static boolean is(List<W> words, int s, int e) {
        if (s >= e) {
            return false;
        }
        String w0 = words.get(s).core();
        String w1 = Words.core(words, s + 1);
        if (BE.contains(w0) && w1 != null && (QUALITIES.contains(w1) || w1.endsWith("er") && w1.length() > 4)) {
            return !(w1.equals("on") && !"time".equals(Words.core(words, s + 2))); // "be on the call" is a task
        }
        if (w0.equals("stop") && w1 != null && (w1.endsWith("ing") || w1.equals("being"))) {
            return true; // "stop procrastinating", "stop doomscrolling"
        }
        if ((w0.equals("get") || w0.equals("pull")) && TOGETHER.contains(words.get(e - 1).core()) && e - s <= 5) {
            return true; // "get my life together", "get my act together"
        }
        return w0.equals("get") && "better".equals(w1) && "at".equals(Words.core(words, s + 2));
    }
}
