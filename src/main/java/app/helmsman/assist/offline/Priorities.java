package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Set;

/**
 * Priority words at either end of a clause, which set its priority and leave its title: 1 for "urgent",
 * "asap", "URGENT:", "high priority" and "right away"; 2 for "important", "(important)" and "it's important
 * that ..." (and a trailing "!!", which {@link Phrasing} reads); 4 for "low priority", "not urgent", "no rush",
 * "whenever" and "at some point".
 */
final class Priorities {

    private static final Set<String> URGENT = Set.of("urgent", "urgently", "asap", "a.s.a.p", "emergency",
            "immediately", "critical");
    private static final Set<String> IMPORTANT = Set.of("important", "importantly", "crucial", "vital",
            "essential");
    private static final Set<String> LOW = Set.of("whenever", "someday", "eventually", "sometime");
    private static final Set<String> INTENSIFIERS = Set.of("really", "super", "very", "so", "quite");
    private static final Set<String> THAT_OR_TO = Set.of("that", "to");
    private static final Set<String> BEFORE_URGENT = Set.of("it's", "its", "is", "super", "very", "really");
    private static final Set<String> BEFORE_IMPORTANT = Set.of("really", "very", "super", "is", "it's");

    private Priorities() {
    }

    /** Reads a priority label or phrase at the start of the words still to read; whether there was one. */
    static boolean atStart(Cursor c) {
        List<W> words = c.words;
        String w = words.get(c.s).core();
        String next = Words.core(words, c.s + 1);
        // labels: "URGENT:", "important:"
        if (words.get(c.s).trail().contains(":") && c.s + 1 < c.e) {
            if (URGENT.contains(w)) {
                c.priority = 1;
                c.s++;
                return true;
            }
            if (IMPORTANT.contains(w) || w.equals("priority")) {
                c.priority = c.priority == 0 ? 2 : Math.min(c.priority, 2);
                c.s++;
                return true;
            }
        }
        if (w.equals("low") && "priority".equals(next)) {
            c.priority = 4;
            c.s += 2;
            return true;
        }
        if ((w.equals("high") || w.equals("top")) && "priority".equals(next)) {
            c.priority = 1;
            c.s += 2;
            return true;
        }
        if ((w.equals("not") && "urgent".equals(next)) || (w.equals("no") && "rush".equals(next))) {
            c.priority = 4;
            c.s += 2;
            return true;
        }
        if (URGENT.contains(w) && c.s + 1 < c.e) {
            c.priority = 1;
            c.s++;
            return true;
        }
        if ((w.equals("it's") || w.equals("its")) && c.s + 2 < c.e) {
            int k = c.s + 1;
            while (k < c.e && INTENSIFIERS.contains(words.get(k).core())) {
                k++;
            }
            String adj = Words.core(words, k);
            if (adj != null && (URGENT.contains(adj) || IMPORTANT.contains(adj))
                    && THAT_OR_TO.contains(Words.core(words, k + 1))) {
                c.priority = URGENT.contains(adj) ? 1 : 2;
                c.s = k + 2;
                if ("i".equals(Words.core(words, c.s)) && Lexicon.isVerb(Words.core(words, c.s + 1))) {
                    c.s++;
                }
                return true;
            }
        }
        return false;
    }

    /** Reads a priority word or phrase at the end of the words still to read; whether there was one. */
    static boolean atEnd(Cursor c) {
        List<W> words = c.words;
        String w = words.get(c.e - 1).core();
        String p = c.e - 2 >= c.s ? words.get(c.e - 2).core() : "";
        if (URGENT.contains(w) || w.equals("away") && p.equals("right") || w.equals("now") && p.equals("right")) {
            c.priority = c.priority == 0 || c.priority > 1 ? 1 : c.priority;
            c.e -= w.equals("away") || w.equals("now") ? 2 : 1;
            if (c.e > c.s && BEFORE_URGENT.contains(words.get(c.e - 1).core())) {
                c.e--;
            }
        } else if (IMPORTANT.contains(w) && (c.e - 1 > c.s) && (words.get(c.e - 2).comma()
                || BEFORE_IMPORTANT.contains(p) || words.get(c.e - 1).raw().startsWith("("))) {
            c.priority = c.priority == 0 ? 2 : Math.min(c.priority, 2);
            c.e--;
        } else if (w.equals("priority") && (p.equals("low") || p.equals("high") || p.equals("top"))) {
            c.priority = p.equals("low") ? 4 : 1;
            c.e -= 2;
        } else if (LOW.contains(w) || w.equals("rush") && p.equals("no")
                || w.equals("point") && p.equals("some")) {
            c.priority = c.priority == 0 ? 4 : c.priority;
            if (w.equals("point")) {
                c.e -= c.e - 3 >= c.s && words.get(c.e - 3).core().equals("at") ? 3 : 2;
            } else {
                c.e -= w.equals("rush") ? 2 : 1;
            }
        } else {
            return false;
        }
        return true;
    }
}
