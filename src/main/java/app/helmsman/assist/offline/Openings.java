package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Set;

/**
 * What a run of words opens with: a first-person intention ("I need to", "gotta", "remember to"), an action (a
 * verb followed by more words) or a statement ("it's", "the car is"). The splitting rules ask where a new clause
 * may start; {@link Phrasing} asks where an intention ends.
 */
final class Openings {

    private static final Set<String> MODAL_INTENTIONS = Set.of("gotta", "must", "should", "gonna", "wanna", "will",
            "shud", "better");
    private static final Set<String> TO_INTENTIONS = Set.of("need", "have", "got", "promised", "want", "ought",
            "plan", "mean", "hope", "intend");
    private static final Set<String> NEED_OBJECTS = Set.of("a", "an", "some", "new", "more", "another");
    private static final Set<String> GOING_FORMS = Set.of("going", "gonna", "supposed", "planning");
    private static final Set<String> STATEMENT_STARTS = Set.of("we're", "we", "it's", "it", "there's", "theres",
            "they", "they're", "she", "he", "she's", "he's", "i'm", "im", "i've", "which", "that's", "this",
            "my", "everything", "nothing");
    private static final Set<String> DETERMINER_SUBJECTS = Set.of("the", "my", "our", "his", "her", "their", "this");
    private static final Set<String> FINITE_VERBS = Set.of("is", "are", "was", "were", "isn't", "aren't", "has",
            "keeps", "needs", "broke", "came", "arrived", "seems", "looks");
    private static final Set<String> ACTION_LEAD_INS = Set.of("and", "also", "then", "oh", "so", "maybe", "just",
            "probably", "def", "definitely", "please", "pls",
            "finally", "actually", "really", "quickly", "still");

    private Openings() {
    }

    /**
     * Whether a first-person intention starts at word {@code k}: "I need to", "I'll", "I'm going to", "I really
     * have to", "gotta", "need to", "remember to", "don't forget to". Returns its length in words, else 0.
     */
    static int intentionAt(List<W> words, int k) {
        String w = Words.core(words, k);
        if (w == null) {
            return 0;
        }
        if (w.equals("i") || w.equals("we")) {
            int j = k + 1;
            while (Lexicon.ADVERBS.contains(Words.core(words, j))) {
                j++;
            }
            String v = Words.core(words, j);
            if (v == null) {
                return 0;
            }
            if (MODAL_INTENTIONS.contains(v)) {
                return j - k + 1;
            }
            String after = Words.core(words, j + 1);
            if (TO_INTENTIONS
                    .contains(v) && "to".equals(after)) {
                return j - k + 2;
            }
            if ((v.equals("need") || v.equals("want")) && after != null
                    && NEED_OBJECTS.contains(after)) {
                return j - k + 1;
            }
            return 0;
        }
        if (w.equals("i'll") || w.equals("i'd") || w.equals("we'll")) {
            String v = Words.core(words, k + 1);
            return v != null && (Lexicon.isVerb(v) || Lexicon.ADVERBS.contains(v) || v.equals("like")) ? 1 : 0;
        }
        if (w.equals("i'm") || w.equals("im") || w.equals("we're")) {
            String v = Words.core(words, k + 1);
            return v != null && GOING_FORMS.contains(v) ? 2 : 0;
        }
        if (w.equals("gotta")) {
            return 1;
        }
        if ((w.equals("need") || w.equals("have") || w.equals("got") || w.equals("remember"))
                && "to".equals(Words.core(words, k + 1))) {
            return 2;
        }
        if ((w.equals("don't") || w.equals("dont")) && "forget".equals(Words.core(words, k + 1))) {
            return 2;
        }
        if (w.equals("remind") && "me".equals(Words.core(words, k + 1))) {
            return 2;
        }
        return 0;
    }

    /** "it's", "we're", "the car is": a statement starts at {@code k}. */
    static boolean startsStatement(List<W> words, int k, int to) {
        String w = Words.core(words, k);
        if (w == null || k >= to) {
            return false;
        }
        if (STATEMENT_STARTS.contains(w) && !w.equals("my") && !w.equals("this")) {
            return true;
        }
        if (w.equals("i") && intentionAt(words, k) == 0) {
            return true;
        }
        if (DETERMINER_SUBJECTS.contains(w)) {
            for (int j = k + 1; j < Math.min(to, k + 5); j++) {
                String v = words.get(j).core();
                if (FINITE_VERBS.contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words in {@code [from, to)} after leading filler and an intention. */
    static int contentWords(List<W> words, int from, int to) {
        int k = from;
        int limit = Math.min(to, from + 8); // bounded, so long runs of filler stay linear
        while (k < limit && (Lexicon.LEADING_FILLER.contains(words.get(k).core()) || words.get(k).core().isEmpty())) {
            k++;
        }
        int intention = intentionAt(words, k);
        if (intention > 0) {
            k += intention;
            if ("to".equals(Words.core(words, k))) {
                k++;
            }
        }
        return Math.max(0, to - k);
    }

    /** Whether an action starts at {@code k}: an intention, or a verb followed by at least one more word. */
    static boolean startsAction(List<W> words, int k, int to) {
        int limit = Math.min(to, k + 4); // bounded, so "and and and ..." stays linear
        while (k < limit && ACTION_LEAD_INS.contains(words.get(k).core())) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        if (intentionAt(words, k) > 0) {
            return true;
        }
        String w = words.get(k).core();
        if (!Lexicon.isVerb(w)) {
            return false;
        }
        String next = Words.core(words, k + 1);
        if (next != null && k + 1 < to && Lexicon.STATEMENT_VERBS.contains(next)) {
            return false; // "email is down"
        }
        return k + 1 < to || Lexicon.INTRANSITIVE.contains(w);
    }
}
