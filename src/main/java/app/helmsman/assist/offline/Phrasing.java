package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one clause: drops filler, turns a first-person intention into an imperative ("I need to call the
 * dentist" -> "call the dentist", "gotta finish the slides" -> "finish the slides", "need new shoes" -> "get new
 * shoes", "we're out of coffee" -> "buy coffee"), reads priority words, moves a "because ..." tail to the notes
 * and decides whether the clause is an action, a statement, a feeling, a question or filler. The start of the
 * clause is read by {@link Imperatives}, priority words by {@link Priorities} and date words by {@link DateWords}.
 */
final class Phrasing {

    private static final Set<String> NOTE_MARKERS = Set.of("because", "cause", "'cause", "cuz", "coz", "bc",
            "since", "otherwise");
    private static final Set<String> NOT_AFTER_SINCE = Set.of("then", "last", "yesterday");
    private static final Set<String> PURPOSE_SUBJECTS = Set.of("i", "we", "they", "she", "he", "it", "you");
    private static final Set<String> PURPOSE_VERBS = Set.of("can", "could", "don't", "dont", "won't", "wont", "have",
            "get", "doesn't", "will");
    private static final Set<String> TRAILING_FILLER = Set.of("ugh", "ughh", "lol", "lmao", "haha", "hahaha",
            "idk", "pls", "please", "etc", "and", "so", "but", "or", "then", "which", "means", "also", "plus",
            "because", "cause", "cuz", "omg", "fml", "sigh", "meh", "ok", "okay", "tbh", "lmk", "xx", "x", "for",
            "by", "before", "due", "on", "at", "until", "till", "with", "like", "maybe", "anyway", "again?",
            "smh", "ffs", "aaa", "argh", "oof", "yikes", "though", "tho");
    private static final Set<String> PAYABLE = Set.of("rent", "bill", "bills", "invoice", "tax", "fee", "fees",
            "payment", "deposit", "fine", "premium", "instalment", "installment", "mortgage", "tuition");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "'s");
    private static final Set<String> ITEM_SUBJECTS = Set.of("i", "i'm", "im", "it", "it's", "there", "there's",
            "theres", "they", "they're", "we", "we're", "he", "she", "he's", "she's", "you", "you're", "that's",
            "thats", "everything", "nothing", "who", "which");
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
        var c = new Cursor(Words.of(t, 0, t.length()));
        List<W> words = c.words;
        if (t.length() > 0 && text.stripTrailing().endsWith("!!")) {
            c.priority = 2;
        }
        if (Imperatives.start(c)) {
            return new Phrase(Kind.QUESTION, null, null, c.priority, c.sequential);
        }
        stripEnd(c);
        if (c.s >= c.e) {
            return new Phrase(Kind.FILLER, null, null, c.priority, c.sequential);
        }
        String first = words.get(c.s).core();
        if (!c.intention && (isFeeling(words, c.s) || isFeeling(words, 0))) {
            return new Phrase(Kind.FEELING, null, null, c.priority, c.sequential);
        }
        if (allFiller(words, c.s, c.e)) {
            return new Phrase(Kind.FILLER, null, null, c.priority, c.sequential);
        }
        if (DateWords.onlyDate(words, c.s, c.e)) {
            // "First thing Monday, I have to ...": the parser reads the date, which then dates the next action
            return new Phrase(Kind.ACTION, join(words, c.s, c.e), null, c.priority, c.sequential);
        }
        String notes = notes(c, t);
        if (c.s >= c.e) {
            return new Phrase(Kind.FILLER, null, null, c.priority, c.sequential);
        }
        Kind kind;
        // "the report is due Friday" -> "report due Friday"
        int due = -1;
        for (int k = c.s + 1; k + 1 < c.e; k++) {
            if (BE_PRESENT.contains(words.get(k).core()) && words.get(k + 1).core().equals("due")) {
                due = k;
                break;
            }
        }
        String second = Words.core(words, c.s + 1);
        if (due > 0 && !ITEM_SUBJECTS.contains(first)) {
            int from = first.equals("the") && due > c.s + 1 ? c.s + 1 : c.s;
            // "the rent is due on the 3rd" -> "pay the rent by ..."; "the report is due Friday" -> "report due Friday"
            boolean payable = PAYABLE.contains(words.get(due - 1).core());
            String subject = join(words, c.s, due);
            if (Lexicon.DETERMINERS.contains(first)) {
                subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
            }
            String action = (payable ? "pay " + subject : join(words, from, due)) + " "
                    + join(words, due + 1, c.e);
            return new Phrase(Kind.ACTION, DateWords.shield(action), notes, c.priority, c.sequential);
        }
        boolean verbFirst = Lexicon.isVerb(first) && (second == null || c.s + 1 >= c.e
                || !Lexicon.STATEMENT_VERBS.contains(second) || second.equals("do") || second.equals("'s"))
                && !finiteVerbSoon(words, c.s, c.e);
        if (first.equals("to") && c.s + 1 < c.e && Lexicon.isVerb(second)) {
            c.s++;
            verbFirst = true;
        }
        String problem = c.intention || verbFirst ? null : Problems.action(words, c.s, c.e);
        if (problem != null) {
            // "the bathroom light flickers": fix it; what the person wrote stays as the note
            String said = Words.capitalise(Words.trimDecorations(join(words, c.s, c.e)));
            return new Phrase(Kind.ACTION, DateWords.shield(problem), notes == null ? said : said + ". " + notes,
                    c.priority, c.sequential);
        }
        if (c.intention || verbFirst) {
            kind = Kind.ACTION;
        } else if (needs(words, c.s, c.e) && !ITEM_SUBJECTS.contains(first)) {
            kind = Kind.ACTION;
            if (first.equals("the") && c.s + 2 < c.e) {
                c.s++;
            }
        } else if (item && first.endsWith("ing") && Lexicon.base(first) != null && c.s + 1 < c.e) {
            kind = Kind.ACTION;
            c.prefix = c.prefix + Lexicon.base(first) + " ";
            c.s++;
        } else if (item && !ITEM_SUBJECTS.contains(first) && !isStatementLike(words, c.s, c.e, true)) {
            kind = Kind.ACTION;
            if (headingVerb != null && c.prefix.isEmpty()) {
                c.prefix = headingVerb + " ";
            }
        } else if (isStatementLike(words, c.s, c.e, false) || Lexicon.SUBJECTS.contains(first)) {
            kind = Kind.STATEMENT;
        } else {
            kind = Kind.STATEMENT;
        }
        if (kind != Kind.ACTION || Resolutions.is(words, c.s, c.e)) {
            return new Phrase(kind == Kind.ACTION ? Kind.FEELING : kind, null, null, c.priority, c.sequential);
        }
        String action = c.prefix + join(words, c.s, c.e);
        if (c.e == words.size() && text.stripTrailing().endsWith("!") && !action.endsWith("!")) {
            action = action + "!"; // "by Friday!" is a hard deadline for the parser
        }
        return new Phrase(Kind.ACTION, DateWords.shield(action), notes, c.priority, c.sequential);
    }

    /** Drops trailing filler, connectors and priority words. */
    private static void stripEnd(Cursor c) {
        List<W> words = c.words;
        for (int round = 0; round < 8 && c.e > c.s; round++) {
            if (Priorities.atEnd(c)) {
                continue;
            }
            String w = words.get(c.e - 1).core();
            String p = c.e - 2 >= c.s ? words.get(c.e - 2).core() : "";
            if (TRAILING_FILLER.contains(w) && c.e - 1 > c.s) {
                c.e--;
            } else if ((w.equals("guess") || w.equals("think")) && p.equals("i") && c.e - 2 > c.s) {
                c.e -= 2;
            } else if (w.equals("something") && p.equals("or") && c.e - 2 > c.s) {
                c.e -= 2;
            } else {
                break;
            }
        }
    }

    /** Cuts a "because ..." or "so that I can ..." tail off the words still to read; the tail, or null. */
    private static String notes(Cursor c, String t) {
        List<W> words = c.words;
        for (int k = c.s + 1; k < c.e; k++) {
            String w = words.get(k).core();
            String next = Words.core(words, k + 1);
            boolean marker = NOTE_MARKERS.contains(w) && !(w.equals("since") && (next == null
                    || DateWords.isDateWord(next) || NOT_AFTER_SINCE.contains(next)))
                    || w.equals("so") && next != null && (next.equals("that") || PURPOSE_SUBJECTS.contains(next)
                        && k + 2 < c.e && PURPOSE_VERBS.contains(words.get(k + 2).core()))
                    || w.equals("in") && "order".equals(next) && "to".equals(Words.core(words, k + 2));
            if (marker && words.get(k).depth() == 0) {
                int ns = w.equals("so") && "that".equals(next) ? k + 2 : k + 1;
                if (w.equals("so") && !"that".equals(next) || w.equals("in")) {
                    ns = k;
                }
                String notes = null;
                if (ns < c.e) {
                    notes = Words.capitalise(Words.trimDecorations(t.substring(words.get(ns).start(),
                            words.get(c.e - 1).end())));
                }
                c.e = k;
                return notes;
            }
        }
        return null;
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
        return Words.join(words, from, to);
    }
}
