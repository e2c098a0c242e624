package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;

/**
 * A clause's words while {@link Phrasing} reads them: the words {@code [s, e)} still to read, and what the words
 * already read at either end said. The rules of {@link Imperatives} and {@link Priorities} move it along.
 */
final class Cursor {

    final List<W> words;
    /** The first word still to read. */
    int s;
    /** The word after the last one still to read. */
    int e;
    /** 1 to 4 from words such as "urgent" or "low priority", or 0. */
    int priority;
    /** Whether the clause started with "then", "next", "after that". */
    boolean sequential;
    /** Whether the clause stated an intention ("I need to", "gotta"), so what follows is an action. */
    boolean intention;
    /** Words to put before the rest: "get " for "need new shoes", "buy " for "we're out of coffee". */
    String prefix = "";

    Cursor(List<W> words) {
        this.words = words;
        this.e = words.size();
    }
}
