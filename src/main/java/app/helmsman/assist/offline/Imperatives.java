package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Set;

/**
 * Reads the start of a clause and turns a first-person intention into an imperative: "I need to call the dentist"
 * -> "call the dentist", "gotta finish the slides" -> "finish the slides", "been meaning to", "make sure to",
 * "need new shoes" -> "get new shoes", "we're out of coffee" -> "buy coffee", "I still haven't booked the vet" ->
 * "book the vet". On the way it drops labels ("todo:"), list numbers, leading filler and sequence words ("then",
 * "after that", which make the clause follow the one before) and reads priority words through
 * {@link Priorities}.
 */
final class Imperatives {

    private static final Set<String> FILLER_LABELS = Set.of("todo", "to-do", "reminder", "task", "tasks", "remember",
            "re", "system", "user", "assistant", "ps", "p.s", "action", "next");
    private static final Set<String> LIST_LABELS = Set.of("things", "stuff", "plan", "list", "todos", "today",
            "tonight", "jobs", "errands", "later", "agenda", "notes");
    private static final Set<String> MODALS = Set.of("should", "shud", "must", "gonna", "wanna", "could", "might",
            "gotta");
    private static final Set<String> NOT_AFTER_MODAL = Set.of("i", "we", "you", "it", "be");
    private static final Set<String> INTENTION_BEFORE_TO = Set.of("going", "want", "try", "trying", "plan",
            "planning", "hoping", "hope", "promised", "have", "need", "got");
    private static final Set<String> TO_OR_I = Set.of("to", "i");
    private static final Set<String> DURATION_WORDS = Set.of("yet", "weeks", "ages", "months", "forever", "days",
            "years");
    private static final Set<String> IN_OR_FOR = Set.of("in", "for");
    private static final Set<String> NOT_DONE = Set.of("haven't", "havent", "didn't", "didnt");
    private static final Set<String> OUT_OF_SUBJECTS = Set.of("we're", "were", "we", "i'm", "im", "i", "we've",
            "i've", "ive", "are", "am");
    private static final Set<String> OUT_OF_VERBS = Set.of("are", "am", "all", "run", "ran", "running", "nearly",
            "almost", "totally");
    private static final Set<String> OUT_OF_ALL = Set.of("all", "completely");
    private static final Set<String> HABITS = Set.of("never", "always", "keep", "constantly", "often", "usually",
            "sometimes", "still");
    private static final Set<String> FORGETTING = Set.of("remember", "forget", "forgetting", "forgot");
    private static final Set<String> WHEN_QUESTION = Set.of("is", "are", "do", "does", "did", "will", "should", "can");

    private Imperatives() {
    }

    /**
     * Reads the start of the words still to read, moving {@code c} past what it understood.
     *
     * @return whether the clause is a question
     */
    static boolean start(Cursor c) {
        List<W> words = c.words;
        boolean questionChecked = false;
        for (int round = 0; round < 8 && c.s < c.e; round++) {
            int before = c.s;
            if (Priorities.atStart(c)) {
                continue;
            }
            String w = words.get(c.s).core();
            String next = Words.core(words, c.s + 1);
            // labels: "todo:", "reminder:"
            if (words.get(c.s).trail().contains(":") && c.s + 1 < c.e && FILLER_LABELS.contains(w)) {
                c.s++;
                continue;
            }
            if (w.equals("after") && "that".equals(next)) {
                c.sequential = true;
                c.s += 2;
                continue;
            }
            if (w.equals("first") && "thing".equals(next)) {
                c.s += 2;
                continue;
            }
            if (Lexicon.SEQUENCE.contains(w)) {
                c.sequential = true;
                c.s++;
                continue;
            }
            if (w.equals("and") && "then".equals(next)) {
                c.sequential = true;
                c.s += 2;
                continue;
            }
            if (w.isEmpty() && !Words.hasLetterOrDigit(words.get(c.s).raw())
                    || ClauseSplitter.isListNumber(words.get(c.s).raw()) && c.s + 1 < c.e) {
                c.s++;
                continue;
            }
            if (words.get(c.s).trail().contains(":") && c.s + 1 < c.e && LIST_LABELS.contains(w)) {
                c.s++;
                continue;
            }
            if (!questionChecked && !Lexicon.LEADING_FILLER.contains(w)) {
                questionChecked = true;
                if (isQuestion(words, c.s)) {
                    return true;
                }
            }
            int habit = forgetting(words, c.s, c.e);
            if (habit > c.s) {
                c.s = habit;
                c.intention = true;
                continue;
            }
            int intent = Openings.intentionAt(words, c.s);
            if (intent > 0) {
                String last = words.get(c.s + intent - 1).core();
                c.s += intent;
                c.intention = true;
                c.s = afterIntention(words, c.s, c.e);
                if (c.s < c.e && (last.equals("need") || last.equals("want")) && !Lexicon.isVerb(Words.core(words, c.s))
                        && !"to".equals(Words.core(words, c.s))) {
                    c.prefix = "get ";
                }
                continue;
            }
            if (MODALS.contains(w)
                    && c.s + 1 < c.e && !NOT_AFTER_MODAL.contains(next)) {
                c.s = afterIntention(words, c.s + 1, c.e);
                c.intention = true;
                continue;
            }
            if ((w.equals("meaning") || w.equals("been") && "meaning".equals(next))
                    && intentionFollows(words, c.s, c.e)) {
                c.s += w.equals("been") ? 3 : 2;
                c.intention = true;
                continue;
            }
            if ((w.equals("i") || w.equals("i've") || w.equals("ive")) && next != null
                    && (next.equals("keep") || next.equals("been")) && "meaning".equals(Words.core(words, c.s + 2))
                    && "to".equals(Words.core(words, c.s + 3)) && c.s + 4 < c.e) {
                c.s += 4;
                c.intention = true;
                continue;
            }
            if (INTENTION_BEFORE_TO.contains(w) && "to".equals(next) && c.s + 2 < c.e) {
                c.s += 2;
                c.intention = true;
                continue;
            }
            if (w.equals("make") && "sure".equals(next) && c.s + 2 < c.e) {
                c.s += 2;
                if (TO_OR_I.contains(Words.core(words, c.s))) {
                    c.s++;
                }
                c.intention = true;
                continue;
            }
            if ((w.equals("like") || w.equals("love")) && "to".equals(next) && c.intention && c.s + 2 < c.e) {
                c.s += 2;
                continue;
            }
            int undone = stillNotDone(words, c.s, c.e);
            if (undone > c.s) {
                String base = Lexicon.base(words.get(undone).core());
                c.prefix = base + " ";
                c.s = undone + 1;
                while (c.e - 1 > c.s && DURATION_WORDS
                        .contains(words.get(c.e - 1).core())) {
                    c.e--;
                    if (c.e - 1 > c.s && IN_OR_FOR.contains(words.get(c.e - 1).core())) {
                        c.e--;
                    }
                }
                c.intention = true;
                continue;
            }
            int out = outOf(words, c.s, c.e);
            if (out > c.s) {
                c.s = out;
                c.prefix = "buy ";
                c.intention = true;
                continue;
            }
            if (w.equals("need") && c.s + 1 < c.e && !Lexicon.isVerb(next)) {
                c.s++;
                c.prefix = "get ";
                c.intention = true;
                continue;
            }
            if (Lexicon.LEADING_FILLER.contains(w) && c.s + 1 < c.e && !(w.equals("like") && c.intention)) {
                c.s++;
                continue;
            }
            if (c.s == before) {
                break;
            }
        }
        return false;
    }

    /**
     * "I never remember to renew the permit", "I always forget to", "I keep forgetting to", "I forgot to": the
     * index after "to", else s. Forgetting something is a reason to do it, not a feeling to drop.
     */
    private static int forgetting(List<W> words, int s, int e) {
        int k = s;
        if (k < e && (words.get(k).core().equals("i") || words.get(k).core().equals("we"))) {
            k++;
        }
        if (k < e && HABITS.contains(words.get(k).core())) {
            k++;
        }
        if (k < e && FORGETTING.contains(words.get(k).core()) && "to".equals(Words.core(words, k + 1))
                && k + 2 < e && k > s) {
            return k + 2;
        }
        return s;
    }

    private static int afterIntention(List<W> words, int s, int e) {
        while (s < e && (Lexicon.ADVERBS.contains(words.get(s).core()) || words.get(s).core().equals("to"))
                && s + 1 < e) {
            s++;
        }
        if (s + 1 < e && (words.get(s).core().equals("like") || words.get(s).core().equals("love"))
                && "to".equals(words.get(s + 1).core())) {
            s += 2;
        }
        if (s + 1 < e && words.get(s).core().equals("get") && "around".equals(words.get(s + 1).core())
                && "to".equals(Words.core(words, s + 2))) {
            s += 3;
        }
        return s;
    }

    /** "meaning to" or "been meaning to" followed by more words. */
    private static boolean intentionFollows(List<W> words, int s, int e) {
        int k = words.get(s).core().equals("been") ? s + 2 : s + 1;
        return "to".equals(Words.core(words, k)) && k + 1 < e;
    }

    /**
     * "I still haven't booked the vet", "haven't paid the bill yet": the index of the participle when the clause
     * says something is still not done, else -1.
     */
    private static int stillNotDone(List<W> words, int s, int e) {
        int k = s;
        if (k < e && (words.get(k).core().equals("i") || words.get(k).core().equals("we"))) {
            k++;
        }
        boolean still = false;
        if (k < e && words.get(k).core().equals("still")) {
            still = true;
            k++;
        }
        if (k >= e || !NOT_DONE.contains(words.get(k).core())) {
            return -1;
        }
        k++;
        if (k < e && words.get(k).core().equals("yet")) {
            still = true;
            k++;
        }
        boolean yet = words.get(e - 1).core().equals("yet");
        if (k + 1 < e && (still || yet) && Lexicon.base(words.get(k).core()) != null) {
            return k;
        }
        return -1;
    }

    /** "we're out of coffee", "out of milk", "running low on rice": the index after the phrase, else s. */
    private static int outOf(List<W> words, int s, int e) {
        int k = s;
        if (k < e && OUT_OF_SUBJECTS
                .contains(words.get(k).core())) {
            k++;
        }
        if (k < e && OUT_OF_VERBS
                .contains(words.get(k).core())) {
            k++;
        }
        if (k < e && OUT_OF_ALL.contains(words.get(k).core())) {
            k++;
        }
        if (k + 2 < e + 1 && k + 1 < e && words.get(k).core().equals("out") && words.get(k + 1).core().equals("of")
                && k + 2 < e) {
            return k + 2;
        }
        if (k + 2 < e && words.get(k).core().equals("low") && words.get(k + 1).core().equals("on")) {
            return k + 2;
        }
        return s;
    }

    private static boolean isQuestion(List<W> words, int s) {
        String w = words.get(s).core();
        String next = Words.core(words, s + 1);
        if (Lexicon.WH.contains(w)) {
            return true;
        }
        if (w.equals("when") && next != null && WHEN_QUESTION
                .contains(next)) {
            return true;
        }
        return Lexicon.AUXILIARIES.contains(w) && next != null && Lexicon.QUESTION_SUBJECTS.contains(next)
                && !(w.equals("have") && next.equals("the"));
    }
}
