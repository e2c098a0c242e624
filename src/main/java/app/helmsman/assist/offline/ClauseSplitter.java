package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clauses at connectors ("then", "after that", "also", "oh and", "plus", "so" or "but"
 * before an action), dashes and arrows, inline list numbers, comma lists and "and" between actions, and before a
 * new first-person intention in a run-on sentence.
 *
 * <p>Compound actions: "call mom and email Sam" is two clauses because the left side has its own object
 * ("mom") and the right side starts with a verb and has an object. "write and send the report" stays one clause:
 * the first verb has no object of its own, so both verbs share "the report" and it is one action a person does in
 * one sitting (the breakdown helper splits it on request). "clean kitchen and bathroom" stays one clause because
 * "bathroom" is not a verb.
 */
final class ClauseSplitter {

    private static final Set<String> DONE_WORDS = Set.of("done", "sorted", "finished", "over");
    private static final Set<String> NOT_BEFORE_ALSO = Set.of("i", "we", "me", "and", "is", "are", "was");
    private static final Set<String> AFTER_OH = Set.of("and", "also", "yeah", "wait");
    private static final Set<String> COMMA_CONNECTORS = Set.of("but", "so", "which");
    private static final Set<String> NOT_BEFORE_THEN = Set.of("since", "by", "until", "till", "back", "from",
            "just", "only", "even", "and", "than", "now");
    private static final Set<String> NOT_BEFORE_I = Set.of("that", "if", "when", "because", "what", "before",
            "after", "until", "unless", "since", "as", "once", "cause", "cuz", "where", "how", "why", "whether",
            "think", "know", "guess", "hope", "wish", "said", "say", "says", "bet", "thought", "realise", "realize",
            "or", "feel", "like", "while", "than", "mean", "sure", "worried", "afraid", "glad", "whatever",
            "which", "tell", "told", "promised", "ask", "asked", "remind", "reminds", "to", "can", "could", "never",
            "always", "constantly", "usually", "often", "sometimes");
    private static final Set<String> CONNECTORS = Set.of("so", "but", "and", "then", "plus", "also", "oh", "ok",
            "okay", "anyway", "still", "ugh", "lol", "omg", "um", "uh", "means", "which");
    private static final Set<String> BARE_MARKERS = Set.of("gotta", "remember", "don't", "dont", "remind");
    private static final Set<String> SPLIT_FRIENDLY = Set.of("also", "and", "oh", "plus", "then", "still", "really",
            "so", "ok", "okay", "but", "prob", "probably", "def", "definitely", "seriously", "honestly", "anyway",
            "um", "uh", "ugh", "lol", "omg", "tbh", "totally", "actually", "like");
    private static final java.util.regex.Pattern INLINE_NUMBER =
            java.util.regex.Pattern.compile("\\(?\\d{1,2}\\)|[a-h]\\)");

    private ClauseSplitter() {
    }

    /** Splits words {@code [from, to)} at connectors, separators, comma lists and "and" between actions. */
    static List<Clause> split(String text, List<W> words, int from, int to, int sentence) {
        var out = new ArrayList<Clause>();
        int start = from;
        boolean sequential = false;
        boolean list = false;
        while (start < to - 1) {
            String w = words.get(start).core();
            String next = words.get(start + 1).core();
            if (Lexicon.SEQUENCE.contains(w) || w.equals("and") && next.equals("then")) {
                start += w.equals("and") ? 2 : 1;
            } else if (w.equals("after") && next.equals("that") && start + 2 < to) {
                start += 2;
            } else if (w.equals("once") && (next.equals("that's") || next.equals("thats")) && start + 3 < to
                    && DONE_WORDS.contains(words.get(start + 2).core())) {
                start += 3;
            } else {
                break;
            }
            sequential = true;
        }
        int k = from + 1;
        while (k < to) {
            W w = words.get(k);
            W prev = words.get(k - 1);
            String core = w.core();
            int cut = -1;
            int resume = -1;
            boolean seq = false;
            boolean listCut = false;
            if (w.depth() > 0) {
                k++;
                continue;
            }
            if (w.separator()) {
                cut = k;
                resume = k + 1;
                seq = w.arrow();
            } else if (core.equals("then") && !NOT_BEFORE_THEN.contains(prev.core()) && k + 1 < to
                    && (prev.comma() || Openings.startsAction(words, k + 1, to))) {
                cut = k;
                resume = k + 1;
                seq = true;
                listCut = prev.comma(); // "gym, then shower, then call ...": a list of steps
            } else if (core.equals("then") && prev.core().equals("and") && k + 1 < to && k - 1 > start) {
                cut = k - 1;
                resume = k + 1;
                seq = true;
            } else if (core.equals("after") && "that".equals(Words.core(words, k + 1)) && k + 2 < to) {
                cut = prev.core().equals("and") && k - 1 > start ? k - 1 : k;
                resume = k + 2;
                seq = true;
            } else if ((core.equals("afterwards") || core.equals("afterward")) && k + 1 < to) {
                cut = k;
                resume = k + 1;
                seq = true;
            } else if (core.equals("also") && k + 1 < to && !NOT_BEFORE_ALSO
                    .contains(prev.core()) && !Words.core(words, k + 1).isEmpty()) {
                cut = k;
                resume = k + 1;
            } else if (core.equals("oh") && AFTER_OH.contains(Words.core(words, k + 1))
                    && k + 2 < to) {
                cut = k;
                resume = k + 2;
            } else if ((core.equals("so") || core.equals("but")) && k + 1 < to
                    && Openings.startsAction(words, k + 1, to) && !"i".equals(Words.core(words, k + 1))
                    && Openings.contentWords(words, start, k) > 0) {
                cut = k;
                resume = k + 1;
            } else if (k > from && k + 1 < to && isListNumber(w.raw())) {
                cut = k;
                resume = k + 1;
                listCut = true;
            } else if (k > from && w.raw().endsWith(")") && w.raw().length() <= 4
                    && INLINE_NUMBER.matcher(w.raw()).matches() && k + 1 < to) {
                cut = k;
                resume = k + 1;
            } else if (core.equals("plus") && Openings.startsAction(words, k + 1, to)) {
                cut = k;
                resume = k + 1;
            } else if (core.equals("and") && k + 1 < to && andSplits(words, start, k, to)) {
                cut = k;
                resume = k + 1;
                listCut = prev.comma() && Openings.startsAction(words, k + 1, to);
            } else if (prev.comma() && (prev.depth() == 0 || prev.raw().contains(")"))
                    && (list || commaSplits(words, start, k, to))) {
                cut = k;
                resume = k;
                listCut = Openings.startsAction(words, k, to);
            } else if (Openings.intentionAt(words, k) > 0 && intentionSplits(words, start, k)) {
                int back = k;
                while (back - 1 > start && (Lexicon.ADVERBS.contains(words.get(back - 1).core())
                        || CONNECTORS.contains(words.get(back - 1).core()))) {
                    back--;
                }
                cut = back;
                resume = k;
            }
            if (cut > start) {
                Clause clause = Clause.of(text, words, start, cut, sentence, sequential);
                if (clause != null) {
                    clause.inList = list || listCut;
                    out.add(clause);
                }
                if (listCut) {
                    list = true;
                }
                start = resume;
                sequential = seq;
                k = Math.max(resume + 1, k + 1);
            } else {
                k++;
            }
        }
        if (start < to) {
            Clause clause = Clause.of(text, words, start, to, sentence, sequential);
            if (clause != null) {
                clause.inList = list;
                out.add(clause);
            }
        }
        if (list) {
            for (Clause c : out) {
                c.inList = true;
            }
        }
        return out;
    }

    private static boolean intentionSplits(List<W> words, int start, int k) {
        if (Openings.contentWords(words, start, k) == 0) {
            return false;
        }
        W prev = words.get(k - 1);
        String p = prev.core();
        String w = words.get(k).core();
        if (CONNECTORS.contains(p) || SPLIT_FRIENDLY.contains(p) || prev.comma()) {
            return true;
        }
        if (NOT_BEFORE_I.contains(p) || Lexicon.PRONOUN_SUBJECTS.contains(p) || p.equals("i")) {
            return false;
        }
        return w.startsWith("i") || w.startsWith("we") || BARE_MARKERS.contains(w);
    }

    /** "call mom and email Sam" splits; "write and send the report" and "eggs and butter" do not. */
    private static boolean andSplits(List<W> words, int start, int k, int to) {
        int next = k + 1;
        if (Openings.intentionAt(words, next) > 0
                || Words.core(words, next).equals("i") && Openings.intentionAt(words, next) > 0) {
            return Openings.contentWords(words, start, k) > 0;
        }
        if (Openings.startsStatement(words, next, to)) {
            return Openings.contentWords(words, start, k) >= 2;
        }
        if (!Openings.startsAction(words, next, to) || onlyVerbs(words, start, k)) {
            return false;
        }
        return Openings.contentWords(words, start, k) >= 2;
    }

    /** "2." or "3)" inside a line: an inline list number. */
    static boolean isListNumber(String raw) {
        int n = raw.length();
        if (n < 2 || n > 3 || raw.charAt(n - 1) != '.' && raw.charAt(n - 1) != ')') {
            return false;
        }
        for (int k = 0; k < n - 1; k++) {
            if (!Character.isDigit(raw.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "print, sign": the clause so far is only verbs, which share the object that follows. */
    private static boolean onlyVerbs(List<W> words, int start, int k) {
        int from = k - Openings.contentWords(words, start, k);
        for (int j = from; j < k; j++) {
            if (!Lexicon.isVerb(words.get(j).core())) {
                return false;
            }
        }
        return from < k;
    }

    /** A comma followed by an action, a connector or a new statement starts a new clause. */
    private static boolean commaSplits(List<W> words, int start, int k, int to) {
        String first = words.get(start).core();
        if (Lexicon.SUBORDINATORS.contains(first) && start == 0) {
            return false;
        }
        String w = words.get(k).core();
        if (Openings.startsAction(words, k, to)) {
            // "print, sign and scan the form" shares its object; "dentist, cancel the trial" is a list
            int content = Openings.contentWords(words, start, k);
            return content >= 2 || content == 1 && !Lexicon.isVerb(words.get(k - 1).core());
        }
        if (Openings.startsStatement(words, k, to) || COMMA_CONNECTORS.contains(w)) {
            return true;
        }
        return false;
    }
}
