package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into clauses, each clause one candidate task. {@link Lines} and {@link Sentences} cut the dump
 * before it; a sentence that states an order or a condition goes to {@link Conditions}, a sentence that is only a
 * list of short items gives one clause per item, and any other goes to {@link ClauseSplitter}. It only cuts;
 * deciding what a clause means is {@link Phrasing}'s job.
 */
final class Segmenter {

    private Segmenter() {
    }

    /** The clauses of one sentence. */
    static List<Clause> clauses(String text, int from, int to, int sentence) {
        List<W> words = Words.of(text, from, to);
        if (words.isEmpty()) {
            return new ArrayList<>();
        }
        List<Clause> linked = Conditions.clauses(text, words, sentence);
        if (linked != null) {
            return linked;
        }
        List<Clause> list = nounList(text, words, sentence);
        if (list != null) {
            return list;
        }
        return ClauseSplitter.split(text, words, 0, words.size(), sentence);
    }

    /**
     * "laundry, dishes, vacuum" and "dentist, renewing my licence, fixing the bike": a sentence that is only a
     * list of short items, the first of which is not a verb with an object, is one clause per item.
     */
    private static List<Clause> nounList(String text, List<W> words, int sentence) {
        int n = words.size();
        int first = 0;
        while (first < n - 1 && Lexicon.LEADING_FILLER.contains(words.get(first).core())) {
            first++;
        }
        String w0 = words.get(first).core();
        if (n - first < 3 || Lexicon.isVerb(w0) || Lexicon.SUBJECTS.contains(w0)
                || Openings.intentionAt(words, first) > 0 || Lexicon.SEQUENCE.contains(w0)
                || Lexicon.SUBORDINATORS.contains(w0)) {
            return null;
        }
        var ranges = new ArrayList<int[]>();
        int start = first;
        for (int k = first; k < n; k++) {
            W w = words.get(k);
            if (w.depth() > 0 && !w.raw().contains(")")) {
                continue;
            }
            if (w.core().equals("and") || w.core().equals("or") || w.raw().equals("&")) {
                if (k == start) {
                    start = k + 1;
                    continue;
                }
                ranges.add(new int[] {start, k});
                start = k + 1;
            } else if (w.comma() && k + 1 < n) {
                ranges.add(new int[] {start, k + 1});
                start = k + 1;
            } else if (Lexicon.STATEMENT_VERBS.contains(w.core()) || Lexicon.SUBJECTS.contains(w.core())
                    && !w.core().equals("my") || w.separator()) {
                return null;
            }
        }
        if (start < n) {
            ranges.add(new int[] {start, n});
        }
        if (ranges.size() < 3) {
            return null;
        }
        for (int[] r : ranges) {
            if (r[1] - r[0] < 1 || r[1] - r[0] > 5) {
                return null;
            }
        }
        var out = new ArrayList<Clause>();
        for (int[] r : ranges) {
            Clause clause = Clause.of(text, words, r[0], r[1], sentence, false);
            if (clause != null) {
                clause.inList = true;
                out.add(clause);
            }
        }
        return out;
    }
}
