package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Turns a brain dump into proposed tasks without any AI provider: deterministic, fast (a 2,000-word dump takes a
 * few milliseconds), no network, no Spring. It is the default when no provider is configured and the fallback when
 * one fails.
 *
 * <p>What it does, in order:
 * <ol>
 * <li>Cuts the text into lines: bullets ({@code - * •}, emoji), checkboxes ({@code [ ]}; ticked ones
 *     {@code [x]} and {@code ✅} are done and skipped), numbered items ({@code 1. 1) a) (2)}, also inline:
 *     {@code 1. wake up 2. shower}), headings ({@code Work:}, {@code # Home}, {@code ✨ weekend ✨},
 *     {@code work stuff}, a short line followed by items). A heading or a line label ({@code Team: ...}) that
 *     names one of the user's projects or tags, a date ({@code Tomorrow:}) or a verb ({@code To buy:},
 *     {@code must buy:}, {@code Call back:}) applies to its items until the next heading or blank line.
 *     An item indented under an action is a note of that action; a {@code note:} line is a note of the task
 *     above it.</li>
 * <li>Cuts lines into sentences ({@code . ! ? …} and semicolons, not inside brackets or after {@code e.g.}) and
 *     sentences into clauses: dashes and arrows, "then", "and then", "after that", "also", "oh and", "plus",
 *     "so" or "but" before an action, a list of short items ("laundry, dishes, vacuum"),
 *     a comma or "and" followed by another action or a new statement ("buy milk, call mom, and email Sam"), and a
 *     new first-person intention in a run-on sentence ("call the dentist I also gotta pick up ..."). Compound
 *     actions that share one object ("write and send the report") and noun lists ("eggs, bread and butter") stay
 *     one task.</li>
 * <li>Reads each clause: drops filler ("ok so", "ugh", "lol"), turns intentions into imperatives ("I need to call
 *     the dentist" becomes "Call the dentist", "need new shoes" becomes "Get new shoes", "we're out of coffee"
 *     becomes "Buy coffee"), reads priority words ("urgent", "asap", "important", "low priority", "!!"), moves
 *     "because ..." and "so that I can ..." to the notes, and keeps it as a task when it is an intention, starts
 *     with a verb, names a need ("the car needs an MOT") or a deadline ("the report is due Friday"), or is a list
 *     item. A stated problem ("the bathroom light flickers", "there's a leak under the sink") is a task to fix
 *     and a looming date ("my ID card runs out in March") one to renew before it ({@link Problems}), the
 *     statement kept as the note; forgetting ("I never remember to renew the permit") is a reason to do it.
 *     Feelings ("I'm so tired"), resolutions ("I should be a better friend", {@link Resolutions}), questions and
 *     other statements are not tasks; a statement or a feeling in the same sentence as a task becomes that
 *     task's note, and a statement on the same line does too. A list of things after a label ("hardware store:
 *     screws, glue, tape") is one errand with the things in its notes ({@link ColonLists}); a label such as
 *     "home stuff:" is the context (a tag) of its line.</li>
 * <li>Writes estimates in words ("maybe 3 hours", {@link Durations}) as {@code ~180m} and deadline phrases quick
 *     add does not read ("by the end of the week", "before the 20th": the day before, {@link Deadlines}) as
 *     {@code by <date>}, then hands the imperative to the quick-add parser for dates, times, deadlines,
 *     {@code ~15m}, {@code !1},
 *     {@code #tag}, {@code +Project}, {@code @low} and recurrence, keeping a date after "about", "from" or "last"
 *     in the title ("Email Sam about Friday").</li>
 * <li>Links dependencies: a clause after "then", "after that" or an arrow depends on the previous proposal;
 *     "once X is done, Y", "after I X, Y" and "before I can Y I need to X" make Y depend on X. A condition that is
 *     not a task ("if it rains", "when the parcel arrives") becomes a note.</li>
 * <li>Guesses estimate, energy and focus type from keywords (flagged as guesses), suggests the user's projects and
 *     tags, merges near-identical proposals (same words once case, punctuation, articles and plurals are ignored)
 *     and stops at {@value #MAX_PROPOSALS} proposals.</li>
 * </ol>
 *
 * <p>The text is data: instructions in it ("ignore previous instructions ...") are read like any other words.
 * Only the first {@value #MAX_INPUT_CHARS} characters are read. No input makes it throw.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OfflineExtractor {

    /** At most this many proposals come back; the rest of a longer dump is not proposed. */
    public static final int MAX_PROPOSALS = 50;

    /** Only the first this-many characters of a dump are read (about 3,000 words). */
    public static final int MAX_INPUT_CHARS = 20_000;

    private final QuickAddParser parser = new QuickAddParser();

    /** An extractor; it holds no state, so one instance can serve the whole application. */
    public OfflineExtractor() {
    }

    /**
     * Proposes tasks for a brain dump.
     *
     * @param dump the text the user typed or pasted; null or blank gives no proposals
     * @param now the current time in the user's time zone, for relative dates; not null
     * @param vocabulary the user's project and tag names to suggest from; not null
     * @return the proposals in the order of the text, at most {@value #MAX_PROPOSALS}, never null; each one's
     *     {@code dependsOn} only names earlier indexes
     */
    public List<ProposedTask> extract(String dump, ZonedDateTime now, Vocabulary vocabulary) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (dump == null || dump.isBlank()) {
            return List.of();
        }
        var extraction = new Extraction(parser, prepare(dump), dump, now, vocabulary);
        try {
            extraction.run();
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: a bug in a rule must cost the proposals after it, never the request.
        }
        return extraction.result();
    }

    /**
     * The text to read: at most {@value #MAX_INPUT_CHARS} characters, with curly apostrophes straightened and
     * control characters as spaces. Every change keeps the length, so offsets still point into the original.
     */
    private static String prepare(String dump) {
        String text = dump.length() > MAX_INPUT_CHARS ? dump.substring(0, MAX_INPUT_CHARS) : dump;
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`') {
                chars[i] = '\'';
            } else if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                chars[i] = '\n';
            } else if (c == '\u00a0' || c != '\n' && c != '\t' && Character.isISOControl(c)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
