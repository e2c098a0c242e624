package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;

/** A candidate task: a span of the dump plus what the splitting learned about it. */
final class Clause {

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

    /** The clause of words {@code [from, to)}, or null when they cover no text. */
    static Clause of(String text, List<W> words, int from, int to, int sentence, boolean sequential) {
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
}
