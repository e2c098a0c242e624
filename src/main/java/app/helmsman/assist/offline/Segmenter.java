package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a brain dump into lines (bullets, numbers, headings, ticked items), lines into sentences and sentences into
 * clauses, each clause one candidate task. It only cuts; deciding what a clause means is {@link Phrasing}'s job.
 *
 * <p>Compound actions: "call mom and email Sam" is two clauses because the left side has its own object
 * ("mom") and the right side starts with a verb and has an object. "write and send the report" stays one clause:
 * the first verb has no object of its own, so both verbs share "the report" and it is one action a person does in
 * one sitting (the breakdown helper splits it on request). "clean kitchen and bathroom" stays one clause because
 * "bathroom" is not a verb.
 */
final class Segmenter {

    private static final Set<String> LEADING_CONNECTORS = Set.of("then", "and", "so", "also", "oh", "ok", "okay",
            "but", "next");
    private static final Set<String> DONE_PRONOUNS = Set.of("that", "that's", "it", "it's", "this", "this's",
            "thats", "its");
    private static final Set<String> COPULAS = Set.of("is", "are", "'s", "has", "have", "gets", "get", "was", "were");
    private static final Set<String> PERFECT_PARTS = Set.of("been", "being", "got", "gotten");
    private static final Set<String> HAVE_FORMS = Set.of("have", "'ve", "had");
    private static final Set<String> MODAL_INTENTIONS = Set.of("gotta", "must", "should", "gonna", "wanna", "will",
            "shud", "better");
    private static final Set<String> TO_INTENTIONS = Set.of("need", "have", "got", "promised", "want", "ought",
            "plan", "mean", "hope", "intend");
    private static final Set<String> NEED_OBJECTS = Set.of("a", "an", "some", "new", "more", "another");
    private static final Set<String> GOING_FORMS = Set.of("going", "gonna", "supposed", "planning");
    private static final Set<String> DONE_WORDS = Set.of("done", "sorted", "finished", "over");
    private static final Set<String> NOT_BEFORE_ALSO = Set.of("i", "we", "me", "and", "is", "are", "was");
    private static final Set<String> AFTER_OH = Set.of("and", "also", "yeah", "wait");
    private static final Set<String> DETERMINER_SUBJECTS = Set.of("the", "my", "our", "his", "her", "their", "this");
    private static final Set<String> FINITE_VERBS = Set.of("is", "are", "was", "were", "isn't", "aren't", "has",
            "keeps", "needs", "broke", "came", "arrived", "seems", "looks");
    private static final Set<String> ACTION_LEAD_INS = Set.of("and", "also", "then", "oh", "so", "maybe", "just",
            "probably", "def", "definitely", "please", "pls",
            "finally", "actually", "really", "quickly", "still");
    private static final Set<String> COMMA_CONNECTORS = Set.of("but", "so", "which");

    /** What kind of line a line is. */
    enum LineKind { BLANK, HEADING, ITEM, TEXT, DONE }

    /**
     * One line of the dump.
     *
     * @param start offset of the content, after indentation and any bullet or number
     * @param end offset after the content, trailing whitespace excluded
     * @param indent columns of indentation (a tab counts 4)
     * @param kind the kind of line
     */
    record Line(int start, int end, int indent, LineKind kind) {
    }

    /** A candidate task: a span of the dump plus what the splitting learned about it. */
    static final class Clause {
        final int start;
        final int end;
        /** The text to interpret; the source text unless a construct rewrote it ("Finish the budget"). */
        String text;
        int sentence;
        boolean sequential;
        /** The clause this one must follow ("once X is done, Y"), or null. */
        Clause after;
        /** A condition or similar context from the same sentence ("if it rains"), or null. */
        String notes;
        /** Part of a comma list where other parts are actions, so a bare noun phrase is an item too. */
        boolean inList;
        /** The first clause of a bulleted or numbered item, or a short line on its own. */
        boolean item;

        Clause(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "vs", "e.g", "i.e",
            "eg", "ie", "a.m", "p.m", "approx", "jr", "sr", "no", "fig", "mt", "ft", "u.s", "u.k", "inc", "ltd",
            "co", "dept", "est", "min", "mins", "hr", "hrs", "wk", "tel", "ref", "prof", "rd", "ave");
    private static final Set<String> NOT_BEFORE_THEN = Set.of("since", "by", "until", "till", "back", "from",
            "just", "only", "even", "and", "than", "now");
    private static final Set<String> NOT_BEFORE_I = Set.of("that", "if", "when", "because", "what", "before",
            "after", "until", "unless", "since", "as", "once", "cause", "cuz", "where", "how", "why", "whether",
            "think", "know", "guess", "hope", "wish", "said", "say", "says", "bet", "thought", "realise", "realize",
            "or", "feel", "like", "while", "than", "mean", "sure", "worried", "afraid", "glad", "whatever",
            "which", "tell", "told", "promised", "ask", "asked", "remind", "reminds", "to", "can", "could");
    private static final Set<String> CONNECTORS = Set.of("so", "but", "and", "then", "plus", "also", "oh", "ok",
            "okay", "anyway", "still", "ugh", "lol", "omg", "um", "uh", "means", "which");
    private static final Set<String> STATEMENT_STARTS = Set.of("we're", "we", "it's", "it", "there's", "theres",
            "they", "they're", "she", "he", "she's", "he's", "i'm", "im", "i've", "which", "that's", "this",
            "my", "everything", "nothing");
    private static final Set<String> BARE_MARKERS = Set.of("gotta", "remember", "don't", "dont", "remind");
    private static final Set<String> SOFT_MARKERS = Set.of("need", "have", "got", "should", "must", "gonna",
            "wanna");
    private static final Set<String> SPLIT_FRIENDLY = Set.of("also", "and", "oh", "plus", "then", "still", "really",
            "so", "ok", "okay", "but", "prob", "probably", "def", "definitely", "seriously", "honestly", "anyway",
            "um", "uh", "ugh", "lol", "omg", "tbh", "totally", "actually", "like");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "they", "we", "you", "it", "who",
            "that", "which", "this", "kids", "mom", "mum", "dad");

    private static final java.util.regex.Pattern INLINE_NUMBER =
            java.util.regex.Pattern.compile("\\(?\\d{1,2}\\)|[a-h]\\)");

    private static final String BULLETS =
            "-*\u2022\u00b7\u2023\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u27a4\u27a2\u25ba\u25b6\u2192>+\u2013\u2014";
    private static final Set<String> HEADING_WORDS = Set.of("stuff", "things", "list", "tasks", "todo", "todos",
            "jobs", "admin", "errands", "chores");

    private Segmenter() {
    }

    // ---- lines -----------------------------------------------------------------------------------------

    static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        int n = text.length();
        int i = 0;
        while (i <= n) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? n : nl;
            lines.add(line(text, i, lineEnd));
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        // A short line without a verb followed by an item ("Groceries", "Monday") is a heading.
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.kind() != LineKind.TEXT) {
                continue;
            }
            Line next = nextNonBlank(lines, k);
            List<W> words = Words.of(text, line.start(), line.end());
            boolean label = words.stream().anyMatch(w -> HEADING_WORDS.contains(w.core()));
            if (next == null || next.indent() < line.indent()
                    || next.kind() != LineKind.ITEM && !(label && next.kind() == LineKind.TEXT)) {
                continue;
            }
            if (words.size() <= 3 && !words.isEmpty() && (label || !Lexicon.isVerb(words.getFirst().core()))
                    && !Lexicon.SUBJECTS.contains(words.getFirst().core())
                    && text.substring(line.start(), line.end()).indexOf('.') < 0) {
                lines.set(k, new Line(line.start(), line.end(), line.indent(), LineKind.HEADING));
            }
        }
        return lines;
    }

    private static Line nextNonBlank(List<Line> lines, int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            if (lines.get(j).kind() != LineKind.BLANK) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static Line line(String text, int from, int to) {
        int indent = 0;
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            indent += text.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        int end = to;
        while (end > i && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (i >= end) {
            return new Line(i, i, indent, LineKind.BLANK);
        }
        // markdown heading "# Work" (a tag "#work" has no space)
        if (text.charAt(i) == '#') {
            int h = i;
            while (h < end && text.charAt(h) == '#') {
                h++;
            }
            if (h < end && text.charAt(h) == ' ' && h - i <= 6) {
                return new Line(skipSpaces(text, h, end), end, indent, LineKind.HEADING);
            }
        }
        if (isDecorated(text.substring(i, end))) {
            return new Line(i, end, indent, LineKind.HEADING);
        }
        boolean item = false;
        boolean done = false;
        int content = i;
        int bullet = bullet(text, content, end);
        if (bullet > content) {
            item = true;
            content = bullet;
        }
        int box = checkbox(text, content, end);
        if (box != 0) {
            item = true;
            done = box < 0;
            content = Math.abs(box);
        }
        if (done) {
            return new Line(content, end, indent, LineKind.DONE);
        }
        if (content >= end) {
            return new Line(content, content, indent, LineKind.BLANK);
        }
        String body = text.substring(content, end);
        if (isHeading(body)) {
            return new Line(content, end, indent, LineKind.HEADING);
        }
        return new Line(content, end, indent, item ? LineKind.ITEM : LineKind.TEXT);
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset after a bullet or list number and its space, or {@code i} when there is none. */
    private static int bullet(String text, int i, int end) {
        char c = text.charAt(i);
        if (BULLETS.indexOf(c) >= 0) {
            int j = i + 1;
            while (j < end && (text.charAt(j) == c || text.charAt(j) == '>')) {
                j++; // "--", "->"
            }
            if (j < end && Character.isWhitespace(text.charAt(j))) {
                return skipSpaces(text, j, end);
            }
            if (j == i + 1 && j < end && text.charAt(j) == '[') {
                return j; // "-[ ] item"
            }
            return i;
        }
        if (Character.isDigit(c) || c == '(') {
            int j = c == '(' ? i + 1 : i;
            int digits = j;
            while (j < end && Character.isDigit(text.charAt(j)) && j - digits < 3) {
                j++;
            }
            if (j > digits && j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                j++;
                if (j < end && Character.isWhitespace(text.charAt(j))) {
                    return skipSpaces(text, j, end);
                }
            }
            return i;
        }
        if (Character.isLetter(c) && i + 2 < end && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.')
                && text.charAt(i + 2) == ' ' && (c < 'A' || c > 'Z' || c == 'A' || c == 'B' || c == 'C')
                && c != 'I' && c != 'i') {
            return skipSpaces(text, i + 2, end);
        }
        if (Words.symbolAt(text, i) && !isDoneMark(text.codePointAt(i))) {
            int j = i;
            while (j < end && (Words.symbolAt(text, j) || Character.isLowSurrogate(text.charAt(j)))) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (j < end && Character.isWhitespace(text.charAt(j)) && !isOpenBox(text.codePointAt(i))) {
                return skipSpaces(text, j, end);
            }
        }
        return i;
    }

    /**
     * A checkbox at {@code i}: the offset after it (negated when ticked), or 0 when there is none.
     * Understands {@code [ ]}, {@code [x]}, {@code ☐}, {@code ☑}, {@code ✅}, {@code ✔}.
     */
    private static int checkbox(String text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '[' && i + 2 < end && text.charAt(i + 2) == ']') {
            char mark = text.charAt(i + 1);
            if (mark == ' ' || mark == 'x' || mark == 'X' || mark == '\u2713' || mark == '\u2714' || mark == '-') {
                int after = skipSpaces(text, i + 3, end);
                return mark == ' ' || mark == '-' ? after : -after;
            }
        }
        if (c == '[' && i + 1 < end && text.charAt(i + 1) == ']') {
            return skipSpaces(text, i + 2, end);
        }
        int cp = text.codePointAt(i);
        int after = i + Character.charCount(cp);
        while (after < end && text.charAt(after) == '\ufe0f') {
            after++;
        }
        if (isDoneMark(cp)) {
            return -skipSpaces(text, after, end);
        }
        if (isOpenBox(cp)) {
            return skipSpaces(text, after, end);
        }
        return 0;
    }

    private static boolean isDoneMark(int cp) {
        return cp == 0x2611 || cp == 0x2705 || cp == 0x2714 || cp == 0x2713 || cp == 0x2612 || cp == 0x274e;
    }

    private static boolean isOpenBox(int cp) {
        return cp == 0x2610 || cp == 0x2b1c || cp == 0x1f532 || cp == 0x25a1 || cp == 0x1f533;
    }

    /** "Work:", "Wedding stuff (14 Dec):", "== Home ==", "✨ weekend ✨", "**Errands**". */
    private static boolean isHeading(String body) {
        int n = body.length();
        return body.endsWith(":") && n > 1 && Words.of(body, 0, n).size() <= 8;
    }

    private static boolean isDecorated(String body) {
        int n = body.length();
        // decorated on both ends with the same non-letter character
        int first = body.codePointAt(0);
        int last = body.codePointBefore(n);
        boolean decoration = !Character.isLetterOrDigit(first) && first == last && n > 2
                && "()[]{}\"'.!?".indexOf(first) < 0;
        return decoration && Words.of(body, 0, n).size() <= 6 && Words.hasLetterOrDigit(body);
    }

    // ---- sentences and clauses ------------------------------------------------------------------------

    /** The sentences of {@code text[from, to)}, as offset pairs. */
    static List<int[]> sentences(String text, int from, int to) {
        var out = new ArrayList<int[]>();
        int depth = 0;
        boolean quoted = false;
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '"' || c == '\u201c' || c == '\u201d') {
                quoted = c == '\u201c' || (c == '"' && !quoted);
            }
            if (depth == 0 && !quoted) {
                if (c == ';') {
                    add(out, text, start, i);
                    start = i + 1;
                } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                    int j = i;
                    while (j < to && ".!?\u2026".indexOf(text.charAt(j)) >= 0) {
                        j++;
                    }
                    int k = j;
                    while (k < to && "\"')\u201d\u2019".indexOf(text.charAt(k)) >= 0) {
                        k++;
                    }
                    boolean boundary = k == to || Character.isWhitespace(text.charAt(k));
                    if (boundary && j - i == 1 && c == '.' && isAbbreviation(text, from, i, k, to)) {
                        boundary = false;
                    }
                    if (boundary && j - i == 1 && c == '.' && isInlineNumber(text, from, i, k, to)) {
                        boundary = false;
                    }
                    if (boundary) {
                        add(out, text, start, k);
                        start = k;
                    }
                    i = k;
                    continue;
                }
            }
            i++;
        }
        add(out, text, start, to);
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot, int after, int to) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        while (!word.isEmpty() && "([\"'".indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
        }
        if (!ABBREVIATIONS.contains(word)) {
            return false;
        }
        int k = skipSpaces(text, after, to);
        // "etc. Then ..." ends a sentence; "Dr. Patel", "Prof. Lee" and "e.g. the form" do not
        return k >= to || !Character.isUpperCase(text.charAt(k)) || !word.equals("etc");
    }

    /** "1. wake up 2. shower": a one- or two-digit number, a dot, then a lower-case word. */
    private static boolean isInlineNumber(String text, int from, int dot, int after, int to) {
        int w = dot;
        while (w > from && Character.isDigit(text.charAt(w - 1))) {
            w--;
        }
        if (dot - w < 1 || dot - w > 2 || w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            return false;
        }
        int k = skipSpaces(text, after, to);
        return k < to && Character.isLowerCase(text.charAt(k));
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** The clauses of one sentence. */
    static List<Clause> clauses(String text, int from, int to, int sentence) {
        List<W> words = Words.of(text, from, to);
        var out = new ArrayList<Clause>();
        if (words.isEmpty()) {
            return out;
        }
        int n = words.size();
        String w0 = words.getFirst().core();
        String w1 = Words.core(words, 1);
        String w2 = Words.core(words, 2);
        // "before I can Y, I need to X": X first, then Y
        if (w0.equals("before") && ("i".equals(w1) || "we".equals(w1)) && "can".equals(w2)) {
            int k = intentionAfter(words, 3);
            if (k > 3) {
                List<Clause> x = split(text, words, k, n, sentence);
                List<Clause> y = split(text, words, 3, k, sentence);
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
                List<Clause> x = split(text, words, 0, k, sentence);
                List<Clause> y = split(text, words, k + 3, n, sentence);
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
        List<Clause> list = nounList(text, words, sentence);
        if (list != null) {
            return list;
        }
        out.addAll(split(text, words, 0, n, sentence));
        return out;
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
        if (n - first < 3 || Lexicon.isVerb(w0) || Lexicon.SUBJECTS.contains(w0) || intentionAt(words, first) > 0
                || Lexicon.SEQUENCE.contains(w0) || Lexicon.SUBORDINATORS.contains(w0)) {
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
            Clause clause = clause(text, words, r[0], r[1], sentence, false);
            if (clause != null) {
                clause.inList = true;
                out.add(clause);
            }
        }
        return out;
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
            if (w.equals("then") || intentionAt(words, k) > 0) {
                return k;
            }
        }
        for (int k = from + 1; k < n - 1; k++) {
            String prev = words.get(k - 1).core();
            if (Lexicon.isVerb(words.get(k).core()) && !PRONOUN_SUBJECTS.contains(prev) && !prev.equals("i")
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
        List<Clause> rest = split(text, words, k, words.size(), sentence);
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
            if (intentionAt(words, k) > 0) {
                return k;
            }
            if (k > from && words.get(k - 1).comma()) {
                return k;
            }
        }
        return -1;
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
                    && (prev.comma() || startsAction(words, k + 1, to))) {
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
            } else if ((core.equals("so") || core.equals("but")) && k + 1 < to && startsAction(words, k + 1, to)
                    && !"i".equals(Words.core(words, k + 1)) && contentWords(words, start, k) > 0) {
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
            } else if (core.equals("plus") && startsAction(words, k + 1, to)) {
                cut = k;
                resume = k + 1;
            } else if (core.equals("and") && k + 1 < to && andSplits(words, start, k, to)) {
                cut = k;
                resume = k + 1;
                listCut = prev.comma() && startsAction(words, k + 1, to);
            } else if (prev.comma() && (prev.depth() == 0 || prev.raw().contains(")"))
                    && (list || commaSplits(words, start, k, to))) {
                cut = k;
                resume = k;
                listCut = startsAction(words, k, to);
            } else if (intentionAt(words, k) > 0 && intentionSplits(words, start, k)) {
                int back = k;
                while (back - 1 > start && (Lexicon.ADVERBS.contains(words.get(back - 1).core())
                        || CONNECTORS.contains(words.get(back - 1).core()))) {
                    back--;
                }
                cut = back;
                resume = k;
            }
            if (cut > start) {
                Clause clause = clause(text, words, start, cut, sentence, sequential);
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
            Clause clause = clause(text, words, start, to, sentence, sequential);
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

    private static Clause clause(String text, List<W> words, int from, int to, int sentence, boolean sequential) {
        int s = words.get(from).start();
        int e = words.get(to - 1).end();
        if (e <= s) {
            return null;
        }
        var clause = new Clause(s, e, text.substring(s, e));
        clause.sentence = sentence;
        clause.sequential = sequential;
        return clause;
    }

    private static boolean intentionSplits(List<W> words, int start, int k) {
        if (contentWords(words, start, k) == 0) {
            return false;
        }
        W prev = words.get(k - 1);
        String p = prev.core();
        String w = words.get(k).core();
        if (CONNECTORS.contains(p) || SPLIT_FRIENDLY.contains(p) || prev.comma()) {
            return true;
        }
        if (NOT_BEFORE_I.contains(p) || PRONOUN_SUBJECTS.contains(p) || p.equals("i")) {
            return false;
        }
        return w.startsWith("i") || w.startsWith("we") || BARE_MARKERS.contains(w);
    }

    /** "it's", "we're", "the car is": a statement starts at {@code k}. */
    private static boolean startsStatement(List<W> words, int k, int to) {
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
            for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                String v = words.get(j).core();
                if (FINITE_VERBS.contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words in {@code [from, to)} after leading filler and an intention. */
    private static int contentWords(List<W> words, int from, int to) {
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
    private static boolean startsAction(List<W> words, int k, int to) {
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

    /** "call mom and email Sam" splits; "write and send the report" and "eggs and butter" do not. */
    private static boolean andSplits(List<W> words, int start, int k, int to) {
        int next = k + 1;
        if (intentionAt(words, next) > 0 || Words.core(words, next).equals("i") && intentionAt(words, next) > 0) {
            return contentWords(words, start, k) > 0;
        }
        if (startsStatement(words, next, to)) {
            return contentWords(words, start, k) >= 2;
        }
        if (!startsAction(words, next, to) || onlyVerbs(words, start, k)) {
            return false;
        }
        return contentWords(words, start, k) >= 2;
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
        int from = k - contentWords(words, start, k);
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
        if (startsAction(words, k, to)) {
            // "print, sign and scan the form" shares its object; "dentist, cancel the trial" is a list
            int content = contentWords(words, start, k);
            return content >= 2 || content == 1 && !Lexicon.isVerb(words.get(k - 1).core());
        }
        if (startsStatement(words, k, to) || COMMA_CONNECTORS.contains(w)) {
            return true;
        }
        return false;
    }
}
