package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a brain dump into lines and says what each one is: a bulleted, numbered or ticked item, a heading
 * ("Work:", "# Home", "✨ weekend ✨", a short line followed by items), plain text or blank. Cutting a line into
 * sentences is {@link Sentences}' job.
 */
final class Lines {

    private static final String BULLETS =
            "-*\u2022\u00b7\u2023\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u27a4\u27a2\u25ba\u25b6\u2192>+\u2013\u2014";
    private static final Set<String> HEADING_WORDS = Set.of("stuff", "things", "list", "tasks", "todo", "todos",
            "jobs", "admin", "errands", "chores");

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

    private Lines() {
    }

    /** The lines of {@code text}; a short line that introduces items is a heading. */
    static List<Line> of(String text) {
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
                return new Line(Words.skipSpaces(text, h, end), end, indent, LineKind.HEADING);
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

    /** The offset after a bullet or list number and its space, or {@code i} when there is none. */
    private static int bullet(String text, int i, int end) {
        char c = text.charAt(i);
        if (BULLETS.indexOf(c) >= 0) {
            int j = i + 1;
            while (j < end && (text.charAt(j) == c || text.charAt(j) == '>')) {
                j++; // "--", "->"
            }
            if (j < end && Character.isWhitespace(text.charAt(j))) {
                return Words.skipSpaces(text, j, end);
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
                    return Words.skipSpaces(text, j, end);
                }
            }
            return i;
        }
        if (Character.isLetter(c) && i + 2 < end && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.')
                && text.charAt(i + 2) == ' ' && (c < 'A' || c > 'Z' || c == 'A' || c == 'B' || c == 'C')
                && c != 'I' && c != 'i') {
            return Words.skipSpaces(text, i + 2, end);
        }
        if (Words.symbolAt(text, i) && !isDoneMark(text.codePointAt(i))) {
            int j = i;
            while (j < end && (Words.symbolAt(text, j) || Character.isLowSurrogate(text.charAt(j)))) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (j < end && Character.isWhitespace(text.charAt(j)) && !isOpenBox(text.codePointAt(i))) {
                return Words.skipSpaces(text, j, end);
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
                int after = Words.skipSpaces(text, i + 3, end);
                return mark == ' ' || mark == '-' ? after : -after;
            }
        }
        if (c == '[' && i + 1 < end && text.charAt(i + 1) == ']') {
            return Words.skipSpaces(text, i + 2, end);
        }
        int cp = text.codePointAt(i);
        int after = i + Character.charCount(cp);
        while (after < end && text.charAt(after) == '\ufe0f') {
            after++;
        }
        if (isDoneMark(cp)) {
            return -Words.skipSpaces(text, after, end);
        }
        if (isOpenBox(cp)) {
            return Words.skipSpaces(text, after, end);
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
}
