package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Orders and conditions inside a sentence: "before I can Y, I need to X" gives X, then Y after X; "once X is
 * done, Y" and "after I X, Y" make Y depend on the task X names ("the budget is done" -> "Finish the budget");
 * a condition that names no task ("if it rains", "when the parcel arrives") becomes a note of what follows it.
 */
final class Conditions {

    private static final Set<String> LEADING_CONNECTORS = Set.of("then", "and", "so", "also", "oh", "ok", "okay",
            "but", "next");
    private static final Set<String> DONE_PRONOUNS = Set.of("that", "that's", "it", "it's", "this", "this's",
            "thats", "its");
    private static final Set<String> COPULAS = Set.of("is", "are", "'s", "has", "have", "gets", "get", "was", "were");
    private static final Set<String> PERFECT_PARTS = Set.of("been", "being", "got", "gotten");
    private static final Set<String> HAVE_FORMS = Set.of("have", "'ve", "had");

    private Conditions() {
    }

    /**
     * The clauses of a sentence that states an order or a condition, with their links and notes; null when the
     * sentence states neither.
     */
    static List<Clause> clauses(String text, List<W> words, int sentence) {
        var out = new ArrayList<Clause>();
        int n = words.size();
        String w0 = words.getFirst().core();
        String w1 = Words.core(words, 1);
        String w2 = Words.core(words, 2);
        // "before I can Y, I need to X": X first, then Y
        if (w0.equals("before") && ("i".equals(w1) || "we".equals(w1)) && "can".equals(w2)) {
            int k = intentionAfter(words, 3);
            if (k > 3) {
                List<Clause> x = ClauseSplitter.split(text, words, k, n, sentence);
                List<Clause> y = ClauseSplitter.split(text, words, 3, k, sentence);
                link(x, y);
                out.addAll(x);
                out.addAll(y);
                return out;
            }
        }
        for (int k = 1; k + 2 < n; k++) {
            if (words.get(k).core().equals("before") && ("i".equals(Words.core(words, k + 1))
                    || "we".equals(Words.core(words, k + 1))) && "can".equals(Words.core(words, k + 2))
                    && k + 3 < n) {
                List<Clause> x = ClauseSplitter.split(text, words, 0, k, sentence);
                List<Clause> y = ClauseSplitter.split(text, words, k + 3, n, sentence);
                link(x, y);
                out.addAll(x);
                out.addAll(y);
                return out;
            }
        }
        int lead = 0;
        while (lead < n - 1 && LEADING_CONNECTORS
                .contains(words.get(lead).core())) {
            lead++;
        }
        int condition = conditionLength(words.subList(lead, n));
        if (condition > 0) {
            int k = conditionEnd(words, lead + condition);
            if (k > lead + condition && k < n) {
                conditional(text, words, lead, lead + condition, k, sentence, out);
                return out;
            }
        }
        return null;
    }

    private static void link(List<Clause> first, List<Clause> then) {
        if (!first.isEmpty() && !then.isEmpty()) {
            then.getFirst().after = first.getLast();
        }
    }

    /** 1 for "once", "after", "if", "when", "unless"; 3 for "as soon as"; 2 for "in case"; else 0. */
    private static int conditionLength(List<W> words) {
        String w0 = words.getFirst().core();
        String w1 = Words.core(words, 1);
        if (w0.equals("as") && "soon".equals(w1) && "as".equals(Words.core(words, 2))) {
            return 3;
        }
        if (w0.equals("in") && "case".equals(w1)) {
            return 2;
        }
        if (w0.equals("after") && "that".equals(w1)) {
            return 0;
        }
        return switch (w0) {
            case "once", "after", "if", "when", "whenever", "unless" -> 1;
            default -> 0;
        };
    }

    /** Where the condition ends: after its comma, at "then", at an intention, or at the first later verb. */
    private static int conditionEnd(List<W> words, int from) {
        int n = words.size();
        for (int k = from; k < n - 1; k++) {
            if (words.get(k).comma() && words.get(k).depth() == 0 || words.get(k).separator()) {
                return words.get(k).separator() ? k : k + 1;
            }
        }
        for (int k = from + 1; k < n; k++) {
            String w = words.get(k).core();
            if (w.equals("then") || Openings.intentionAt(words, k) > 0) {
                return k;
            }
        }
        for (int k = from + 1; k < n - 1; k++) {
            String prev = words.get(k - 1).core();
            if (Lexicon.isVerb(words.get(k).core()) && !Lexicon.PRONOUN_SUBJECTS.contains(prev) && !prev.equals("i")
                    && !prev.equals("to") && !Lexicon.DETERMINERS.contains(prev) && !prev.equals("gets")
                    && !prev.equals("get") && !prev.equals("can") && !prev.equals("will")) {
                return k;
            }
        }
        return -1;
    }

    private static void conditional(String text, List<W> words, int lead, int from, int k, int sentence,
            List<Clause> out) {
        String kind = words.get(lead).core();
        boolean sequential = lead > 0 && words.getFirst().core().equals("then");
        int condEnd = k;
        while (condEnd > from && words.get(condEnd - 1).separator()) {
            condEnd--;
        }
        int cs = words.get(from).start();
        int ce = words.get(condEnd - 1).end();
        List<W> cond = words.subList(from, condEnd);
        List<Clause> rest = ClauseSplitter.split(text, words, k, words.size(), sentence);
        boolean prerequisite = kind.equals("once") || kind.equals("after") || kind.equals("as");
        String task = prerequisite ? prerequisite(cond, text) : null;
        if (task != null && !task.isEmpty()) {
            Clause first = new Clause(cs, ce, task);
            first.sentence = sentence;
            first.sequential = sequential;
            out.add(first);
            for (Clause c : rest) {
                c.after = first;
            }
        } else if (prerequisite && !cond.isEmpty() && isPronounDone(cond)) {
            if (!rest.isEmpty()) {
                rest.getFirst().sequential = true;
            }
        } else {
            String notes = Words.capitalise(Words.trimDecorations(text.substring(words.get(lead).start(), ce)));
            for (Clause c : rest) {
                c.notes = notes;
            }
        }
        out.addAll(rest);
    }

    private static boolean isPronounDone(List<W> cond) {
        String c0 = cond.getFirst().core();
        return DONE_PRONOUNS.contains(c0);
    }

    /**
     * The task a prerequisite names: "the budget is done" -> "Finish the budget", "the movers are booked" ->
     * "book the movers", "I get paid" -> "get paid", "finishing the slides" -> "finish the slides"; null when the
     * condition is an event ("the check clears").
     */
    private static String prerequisite(List<W> cond, String text) {
        int n = cond.size();
        String c0 = cond.getFirst().core();
        if (isPronounDone(cond)) {
            return null;
        }
        // "X is/are (being)? <participle>" at the end
        for (int k = 1; k + 1 < n + 1 && k < n; k++) {
            String w = cond.get(k).core();
            if (COPULAS.contains(w)) {
                int p = k + 1;
                if (p < n && PERFECT_PARTS.contains(cond.get(p).core())) {
                    p++;
                }
                if (p == n - 1 || p < n && p + 1 < n && cond.get(p + 1).core().equals("out")) {
                    String participle = cond.get(p).core();
                    String base = Lexicon.base(participle);
                    if (base != null) {
                        String object = text.substring(cond.getFirst().start(), cond.get(k - 1).end());
                        object = Words.trimDecorations(object);
                        if (!object.isEmpty() && !Lexicon.SUBJECTS.contains(c0) || c0.equals("my")
                                || c0.equals("our")) {
                            return base + " " + object;
                        }
                    }
                }
                return null;
            }
        }
        if ((c0.equals("i") || c0.equals("we")) && n > 1) {
            int v = 1;
            if (HAVE_FORMS.contains(cond.get(v).core()) && n > 2) {
                v++;
            }
            String verb = cond.get(v).core();
            String base = Lexicon.isVerb(verb) ? verb : Lexicon.base(verb);
            if (base != null) {
                String rest = v + 1 < n ? " " + text.substring(cond.get(v + 1).start(), cond.getLast().end()) : "";
                return Words.trimDecorations(base + rest);
            }
            return null;
        }
        if (c0.endsWith("ing")) {
            String base = Lexicon.base(c0);
            if (base != null) {
                String rest = n > 1 ? " " + text.substring(cond.get(1).start(), cond.getLast().end()) : "";
                return Words.trimDecorations(base + rest);
            }
        }
        return null;
    }

    /** The index of the first intention ("I need to", "gotta") or comma boundary at or after {@code from}. */
    private static int intentionAfter(List<W> words, int from) {
        for (int k = from; k < words.size(); k++) {
            if (Openings.intentionAt(words, k) > 0) {
                return k;
            }
            if (k > from && words.get(k - 1).comma()) {
                return k;
            }
        }
        return -1;
    }
}
