package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one clause: drops filler, turns a first-person intention into an imperative ("I need to call the
 * dentist" -> "call the dentist", "gotta finish the slides" -> "finish the slides", "need new shoes" -> "get new
 * shoes", "we're out of coffee" -> "buy coffee"), reads priority words, moves a "because ..." tail to the notes
 * and decides whether the clause is an action, a statement, a feeling, a question or filler.
 */
final class Phrasing {

    private static final Set<String> FILLER_LABELS = Set.of("todo", "to-do", "reminder", "task", "tasks", "remember",
            "re", "system", "user", "assistant", "ps", "p.s", "action", "next");
    private static final Set<String> INTENSIFIERS = Set.of("really", "super", "very", "so", "quite");
    private static final Set<String> THAT_OR_TO = Set.of("that", "to");
    private static final Set<String> MODALS = Set.of("should", "shud", "must", "gonna", "wanna", "could", "might",
            "gotta");
    private static final Set<String> NOT_AFTER_MODAL = Set.of("i", "we", "you", "it", "be");
    private static final Set<String> INTENTION_BEFORE_TO = Set.of("going", "want", "try", "trying", "plan",
            "planning", "hoping", "hope", "promised", "have", "need", "got");
    private static final Set<String> TO_OR_I = Set.of("to", "i");
    private static final Set<String> DURATION_WORDS = Set.of("yet", "weeks", "ages", "months", "forever", "days",
            "years");
    private static final Set<String> IN_OR_FOR = Set.of("in", "for");
    private static final Set<String> BEFORE_URGENT = Set.of("it's", "its", "is", "super", "very", "really");
    private static final Set<String> BEFORE_IMPORTANT = Set.of("really", "very", "super", "is", "it's");
    private static final Set<String> NOT_AFTER_SINCE = Set.of("then", "last", "yesterday");
    private static final Set<String> PURPOSE_SUBJECTS = Set.of("i", "we", "they", "she", "he", "it", "you");
    private static final Set<String> PURPOSE_VERBS = Set.of("can", "could", "don't", "dont", "won't", "wont", "have",
            "get", "doesn't", "will");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "'s");
    private static final Set<String> NOT_DONE = Set.of("haven't", "havent", "didn't", "didnt");
    private static final Set<String> OUT_OF_SUBJECTS = Set.of("we're", "were", "we", "i'm", "im", "i", "we've",
            "i've", "ive", "are", "am");
    private static final Set<String> OUT_OF_VERBS = Set.of("are", "am", "all", "run", "ran", "running", "nearly",
            "almost", "totally");
    private static final Set<String> OUT_OF_ALL = Set.of("all", "completely");
    private static final Set<String> WHEN_QUESTION = Set.of("is", "are", "do", "does", "did", "will", "should", "can");
    private static final Set<String> STATEMENT_MARKERS = Set.of("is", "are", "was", "were", "isn't", "aren't",
            "wasn't", "weren't", "been", "seems", "feels", "went", "came", "lands", "arrives", "keeps", "wants",
            "said", "says", "broke", "has", "had", "did", "doesn't", "didn't", "won't", "happened", "got");

    /** What a clause is. */
    enum Kind { ACTION, STATEMENT, FEELING, QUESTION, FILLER }

    /**
     * The reading of a clause.
     *
     * @param kind what it is
     * @param action for an action, the text to give the quick-add parser: the imperative with dates after
     *     "about" and the like quoted so they stay in the title
     * @param notes a "because ..." or "so that ..." tail, or null
     * @param priority 1 to 4 from words such as "urgent" or "low priority", or 0
     * @param sequential whether it started with "then", "next", "after that"
     */
    record Phrase(Kind kind, String action, String notes, int priority, boolean sequential) {
    }

    private static final Set<String> URGENT = Set.of("urgent", "urgently", "asap", "a.s.a.p", "emergency",
            "immediately", "critical");
    private static final Set<String> IMPORTANT = Set.of("important", "importantly", "crucial", "vital",
            "essential");
    private static final Set<String> NOTE_MARKERS = Set.of("because", "cause", "'cause", "cuz", "coz", "bc",
            "since", "otherwise");
    private static final Set<String> TRAILING_FILLER = Set.of("ugh", "ughh", "lol", "lmao", "haha", "hahaha",
            "idk", "pls", "please", "etc", "and", "so", "but", "or", "then", "which", "means", "also", "plus",
            "because", "cause", "cuz", "omg", "fml", "sigh", "meh", "ok", "okay", "tbh", "lmk", "xx", "x", "for",
            "by", "before", "due", "on", "at", "until", "till", "with", "like", "maybe", "anyway", "again?",
            "smh", "ffs", "aaa", "argh", "oof", "yikes", "though", "tho");
    private static final Set<String> LOW = Set.of("whenever", "someday", "eventually", "sometime");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "tomorrow", "tonight", "tmrw", "tmr", "next", "this", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "week",
            "weekend", "on", "at", "the", "first", "thing");
    private static final Set<String> LIST_LABELS = Set.of("things", "stuff", "plan", "list", "todos", "today",
            "tonight", "jobs", "errands", "later", "agenda", "notes");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> ITEM_SUBJECTS = Set.of("i", "i'm", "im", "it", "it's", "there", "there's",
            "theres", "they", "they're", "we", "we're", "he", "she", "he's", "she's", "you", "you're", "that's",
            "thats", "everything", "nothing", "who", "which");

    private Phrasing() {
    }

    /**
     * Reads a clause.
     *
     * @param text the clause
     * @param item whether it is a list item or a short line of its own, where a bare noun phrase is a task
     * @param headingVerb a verb from a heading such as "To buy:", prefixed to items without a verb, or null
     */
    static Phrase read(String text, boolean item, String headingVerb) {
        String t = Words.collapse(Words.trimDecorations(text));
        if (Words.shouting(t)) {
            t = t.toLowerCase(Locale.ROOT);
        }
        int priority = 0;
        if (t.length() > 0 && text.stripTrailing().endsWith("!!")) {
            priority = 2;
        }
        List<W> words = Words.of(t, 0, t.length());
        int s = 0;
        int e = words.size();
        boolean sequential = false;
        boolean intention = false;
        String prefix = "";
        boolean questionChecked = false;
        for (int round = 0; round < 8 && s < e; round++) {
            int before = s;
            String w = words.get(s).core();
            String next = Words.core(words, s + 1);
            // labels: "URGENT:", "todo:", "reminder -"
            if (words.get(s).trail().contains(":") && s + 1 < e) {
                if (URGENT.contains(w)) {
                    priority = 1;
                    s++;
                    continue;
                }
                if (IMPORTANT.contains(w) || w.equals("priority")) {
                    priority = priority == 0 ? 2 : Math.min(priority, 2);
                    s++;
                    continue;
                }
                if (FILLER_LABELS.contains(w)) {
                    s++;
                    continue;
                }
            }
            if (w.equals("low") && "priority".equals(next)) {
                priority = 4;
                s += 2;
                continue;
            }
            if ((w.equals("high") || w.equals("top")) && "priority".equals(next)) {
                priority = 1;
                s += 2;
                continue;
            }
            if ((w.equals("not") && "urgent".equals(next)) || (w.equals("no") && "rush".equals(next))) {
                priority = 4;
                s += 2;
                continue;
            }
            if (URGENT.contains(w) && s + 1 < e) {
                priority = 1;
                s++;
                continue;
            }
            if ((w.equals("it's") || w.equals("its")) && s + 2 < e) {
                int k = s + 1;
                while (k < e && INTENSIFIERS.contains(words.get(k).core())) {
                    k++;
                }
                String adj = Words.core(words, k);
                if (adj != null && (URGENT.contains(adj) || IMPORTANT.contains(adj))
                        && THAT_OR_TO.contains(Words.core(words, k + 1))) {
                    priority = URGENT.contains(adj) ? 1 : 2;
                    s = k + 2;
                    if ("i".equals(Words.core(words, s)) && Lexicon.isVerb(Words.core(words, s + 1))) {
                        s++;
                    }
                    continue;
                }
            }
            if (w.equals("after") && "that".equals(next)) {
                sequential = true;
                s += 2;
                continue;
            }
            if (w.equals("first") && "thing".equals(next)) {
                s += 2;
                continue;
            }
            if (Lexicon.SEQUENCE.contains(w)) {
                sequential = true;
                s++;
                continue;
            }
            if (w.equals("and") && "then".equals(next)) {
                sequential = true;
                s += 2;
                continue;
            }
            if (w.isEmpty() && !Words.hasLetterOrDigit(words.get(s).raw())
                    || ClauseSplitter.isListNumber(words.get(s).raw()) && s + 1 < e) {
                s++;
                continue;
            }
            if (words.get(s).trail().contains(":") && s + 1 < e && LIST_LABELS.contains(w)) {
                s++;
                continue;
            }
            if (!questionChecked && !Lexicon.LEADING_FILLER.contains(w)) {
                questionChecked = true;
                if (isQuestion(words, s)) {
                    return new Phrase(Kind.QUESTION, null, null, priority, sequential);
                }
            }
            int intent = Openings.intentionAt(words, s);
            if (intent > 0) {
                String last = words.get(s + intent - 1).core();
                s += intent;
                intention = true;
                s = afterIntention(words, s, e);
                if (s < e && (last.equals("need") || last.equals("want")) && !Lexicon.isVerb(Words.core(words, s))
                        && !"to".equals(Words.core(words, s))) {
                    prefix = "get ";
                }
                continue;
            }
            if (MODALS.contains(w)
                    && s + 1 < e && !NOT_AFTER_MODAL.contains(next)) {
                s = afterIntention(words, s + 1, e);
                intention = true;
                continue;
            }
            if ((w.equals("meaning") || w.equals("been") && "meaning".equals(next)) && intentionFollows(words, s, e)) {
                s += w.equals("been") ? 3 : 2;
                intention = true;
                continue;
            }
            if ((w.equals("i") || w.equals("i've") || w.equals("ive")) && next != null
                    && (next.equals("keep") || next.equals("been")) && "meaning".equals(Words.core(words, s + 2))
                    && "to".equals(Words.core(words, s + 3)) && s + 4 < e) {
                s += 4;
                intention = true;
                continue;
            }
            if (INTENTION_BEFORE_TO.contains(w) && "to".equals(next) && s + 2 < e) {
                s += 2;
                intention = true;
                continue;
            }
            if (w.equals("make") && "sure".equals(next) && s + 2 < e) {
                s += 2;
                if (TO_OR_I.contains(Words.core(words, s))) {
                    s++;
                }
                intention = true;
                continue;
            }
            if ((w.equals("like") || w.equals("love")) && "to".equals(next) && intention && s + 2 < e) {
                s += 2;
                continue;
            }
            int undone = stillNotDone(words, s, e);
            if (undone > s) {
                String base = Lexicon.base(words.get(undone).core());
                prefix = base + " ";
                s = undone + 1;
                while (e - 1 > s && DURATION_WORDS
                        .contains(words.get(e - 1).core())) {
                    e--;
                    if (e - 1 > s && IN_OR_FOR.contains(words.get(e - 1).core())) {
                        e--;
                    }
                }
                intention = true;
                continue;
            }
            int out = outOf(words, s, e);
            if (out > s) {
                s = out;
                prefix = "buy ";
                intention = true;
                continue;
            }
            if (w.equals("need") && s + 1 < e && !Lexicon.isVerb(next)) {
                s++;
                prefix = "get ";
                intention = true;
                continue;
            }
            if (Lexicon.LEADING_FILLER.contains(w) && s + 1 < e && !(w.equals("like") && intention)) {
                s++;
                continue;
            }
            if (s == before) {
                break;
            }
        }
        // trailing filler, connectors and priority words
        for (int round = 0; round < 8 && e > s; round++) {
            String w = words.get(e - 1).core();
            String p = e - 2 >= s ? words.get(e - 2).core() : "";
            if (URGENT.contains(w) || w.equals("away") && p.equals("right") || w.equals("now") && p.equals("right")) {
                priority = priority == 0 || priority > 1 ? 1 : priority;
                e -= w.equals("away") || w.equals("now") ? 2 : 1;
                if (e > s && BEFORE_URGENT.contains(words.get(e - 1).core())) {
                    e--;
                }
            } else if (IMPORTANT.contains(w) && (e - 1 > s) && (words.get(e - 2).comma()
                    || BEFORE_IMPORTANT.contains(p) || words.get(e - 1).raw().startsWith("("))) {
                priority = priority == 0 ? 2 : Math.min(priority, 2);
                e--;
            } else if (w.equals("priority") && (p.equals("low") || p.equals("high") || p.equals("top"))) {
                priority = p.equals("low") ? 4 : 1;
                e -= 2;
            } else if (LOW.contains(w) || w.equals("rush") && p.equals("no")
                    || w.equals("point") && p.equals("some")) {
                priority = priority == 0 ? 4 : priority;
                if (w.equals("point")) {
                    e -= e - 3 >= s && words.get(e - 3).core().equals("at") ? 3 : 2;
                } else {
                    e -= w.equals("rush") ? 2 : 1;
                }
            } else if (TRAILING_FILLER.contains(w) && e - 1 > s) {
                e--;
            } else if ((w.equals("guess") || w.equals("think")) && p.equals("i") && e - 2 > s) {
                e -= 2;
            } else if (w.equals("something") && p.equals("or") && e - 2 > s) {
                e -= 2;
            } else {
                break;
            }
        }
        if (s >= e) {
            return new Phrase(Kind.FILLER, null, null, priority, sequential);
        }
        String first = words.get(s).core();
        if (!intention && (isFeeling(words, s) || isFeeling(words, 0))) {
            return new Phrase(Kind.FEELING, null, null, priority, sequential);
        }
        if (allFiller(words, s, e)) {
            return new Phrase(Kind.FILLER, null, null, priority, sequential);
        }
        if (onlyDate(words, s, e)) {
            // "First thing Monday, I have to ...": the parser reads the date, which then dates the next action
            return new Phrase(Kind.ACTION, join(words, s, e), null, priority, sequential);
        }
        // notes: "because ...", "so that I can ..."
        String notes = null;
        for (int k = s + 1; k < e; k++) {
            String w = words.get(k).core();
            String next = Words.core(words, k + 1);
            boolean marker = NOTE_MARKERS.contains(w) && !(w.equals("since") && (next == null
                    || DATE_WORDS.contains(next) || NOT_AFTER_SINCE.contains(next)))
                    || w.equals("so") && next != null && (next.equals("that") || PURPOSE_SUBJECTS.contains(next)
                        && k + 2 < e && PURPOSE_VERBS.contains(words.get(k + 2).core()))
                    || w.equals("in") && "order".equals(next) && "to".equals(Words.core(words, k + 2));
            if (marker && words.get(k).depth() == 0) {
                int ns = w.equals("so") && "that".equals(next) ? k + 2 : k + 1;
                if (w.equals("so") && !"that".equals(next) || w.equals("in")) {
                    ns = k;
                }
                if (ns < e) {
                    notes = Words.capitalise(Words.trimDecorations(t.substring(words.get(ns).start(),
                            words.get(e - 1).end())));
                }
                e = k;
                break;
            }
        }
        if (s >= e) {
            return new Phrase(Kind.FILLER, null, null, priority, sequential);
        }
        Kind kind;
        // "the report is due Friday" -> "report due Friday"
        int due = -1;
        for (int k = s + 1; k + 1 < e; k++) {
            if (BE_PRESENT.contains(words.get(k).core()) && words.get(k + 1).core().equals("due")) {
                due = k;
                break;
            }
        }
        String second = Words.core(words, s + 1);
        if (due > 0 && !ITEM_SUBJECTS.contains(first)) {
            int from = first.equals("the") && due > s + 1 ? s + 1 : s;
            String action = join(words, from, due) + " " + join(words, due + 1, e);
            return new Phrase(Kind.ACTION, shield(action), notes, priority, sequential);
        }
        boolean verbFirst = Lexicon.isVerb(first) && (second == null || s + 1 >= e
                || !Lexicon.STATEMENT_VERBS.contains(second) || second.equals("do") || second.equals("'s"))
                && !finiteVerbSoon(words, s, e);
        if (first.equals("to") && s + 1 < e && Lexicon.isVerb(second)) {
            s++;
            verbFirst = true;
        }
        if (intention || verbFirst) {
            kind = Kind.ACTION;
        } else if (needs(words, s, e) && !ITEM_SUBJECTS.contains(first)) {
            kind = Kind.ACTION;
            if (first.equals("the") && s + 2 < e) {
                s++;
            }
        } else if (item && first.endsWith("ing") && Lexicon.base(first) != null && s + 1 < e) {
            kind = Kind.ACTION;
            prefix = prefix + Lexicon.base(first) + " ";
            s++;
        } else if (item && !ITEM_SUBJECTS.contains(first) && !isStatementLike(words, s, e, true)) {
            kind = Kind.ACTION;
            if (headingVerb != null && prefix.isEmpty()) {
                prefix = headingVerb + " ";
            }
        } else if (isStatementLike(words, s, e, false) || Lexicon.SUBJECTS.contains(first)) {
            kind = Kind.STATEMENT;
        } else {
            kind = Kind.STATEMENT;
        }
        if (kind != Kind.ACTION) {
            return new Phrase(kind, null, null, priority, sequential);
        }
        String action = prefix + join(words, s, e);
        if (e == words.size() && text.stripTrailing().endsWith("!") && !action.endsWith("!")) {
            action = action + "!"; // "by Friday!" is a hard deadline for the parser
        }
        return new Phrase(Kind.ACTION, shield(action), notes, priority, sequential);
    }

    /** "book club book isn't going to ...": a finite verb right after a noun-like first word is a statement. */
    private static boolean finiteVerbSoon(List<W> words, int s, int e) {
        for (int k = s + 2; k < Math.min(e, s + 4); k++) {
            String w = words.get(k).core();
            String before = words.get(k - 1).core();
            if (Set.of("that", "if", "whether", "what", "how", "why", "when", "where", "to", "and", "or")
                    .contains(before)) {
                return false;
            }
            if (Set.of("isn't", "aren't", "wasn't", "weren't", "is", "are", "was", "were", "doesn't", "won't",
                    "hasn't", "keeps").contains(w)) {
                return !Set.of("that", "if", "whether", "what", "how").contains(words.get(s + 1).core());
            }
        }
        return false;
    }

    /** "meaning to" or "been meaning to" followed by more words. */
    private static boolean intentionFollows(List<W> words, int s, int e) {
        int k = words.get(s).core().equals("been") ? s + 2 : s + 1;
        return "to".equals(Words.core(words, k)) && k + 1 < e;
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

    private static boolean isFeeling(List<W> words, int s) {
        var sb = new StringBuilder();
        for (int k = s; k < Math.min(words.size(), s + 4); k++) {
            if (k > s) {
                sb.append(' ');
            }
            sb.append(words.get(k).core());
            if (Lexicon.FEELING_STARTS.contains(sb.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyDate(List<W> words, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = words.get(k).core();
            if (!DATE_WORDS.contains(w) && !PARTS_OF_DAY.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFiller(List<W> words, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = words.get(k).core();
            if (!w.isEmpty() && !Lexicon.FILLER.contains(w) && Words.hasLetterOrDigit(w)) {
                return false;
            }
        }
        return true;
    }

    /** "the car needs an MOT", "Biscuit needs his jabs": a need that is a task even without a verb first. */
    private static boolean needs(List<W> words, int s, int e) {
        for (int k = s + 1; k < Math.min(e - 1, s + 5); k++) {
            String w = words.get(k).core();
            if (w.equals("needs") || w.equals("need") && k > s + 1) {
                return true;
            }
            if (Lexicon.STATEMENT_VERBS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A subject followed by a finite verb within the first few words: "the car is making a noise". */
    private static boolean isStatementLike(List<W> words, int s, int e, boolean lenient) {
        int limit = Math.min(e, s + (lenient ? 4 : 6));
        for (int k = s + 1; k < limit; k++) {
            String w = words.get(k).core();
            if (STATEMENT_MARKERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<W> words, int from, int to) {
        var sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).raw());
        }
        return sb.toString();
    }

    /**
     * Quotes a date word after "about", "from", "last" and the like ("email Sam about Friday"), so the quick-add
     * parser keeps it in the title; turns "before Saturday" into the deadline "by Saturday".
     */
    static String shield(String action) {
        List<W> words = Words.of(action, 0, action.length());
        var sb = new StringBuilder(action.length() + 8);
        String prev = "";
        for (int k = 0; k < words.size(); k++) {
            W w = words.get(k);
            String core = w.core();
            if (k > 0) {
                sb.append(' ');
            }
            boolean dateWord = DATE_WORDS.contains(core) || WEEKDAYS.contains(core.endsWith("s")
                    ? core.substring(0, core.length() - 1) : "");
            if (dateWord && (Lexicon.DATE_SHIELDS.contains(prev) && !prev.equals("for")
                    || prev.equals("for") && WEEKDAYS.contains(core)) && !w.raw().contains("\"")) {
                int cs = w.raw().toLowerCase(Locale.ROOT).indexOf(core);
                if (cs >= 0) {
                    sb.append(w.raw(), 0, cs).append('"').append(w.raw(), cs, cs + core.length()).append('"')
                            .append(w.raw(), cs + core.length(), w.raw().length());
                    prev = core;
                    continue;
                }
            }
            if (core.equals("before") && k + 1 < words.size() && DATE_WORDS.contains(words.get(k + 1).core())
                    && w.trail().isEmpty()) {
                sb.append("by");
                prev = "by";
                continue;
            }
            sb.append(w.raw());
            prev = core;
        }
        return sb.toString();
    }
}
