package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Lines.Line;
import app.helmsman.assist.offline.Lines.LineKind;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One extraction: reads the dump line by line (headings and line labels set the context of their items, an item
 * indented under an action is a note of it, a {@code note:} line is a note of the task above), each line sentence
 * by sentence and clause by clause, and hands every action to {@link Drafts}. Never shared between threads.
 */
final class Extraction {

    private static final Set<String> NOTE_LABELS = Set.of("note", "notes", "nb", "n.b", "fyi", "ps", "p.s",
            "context", "info", "fwiw");
    private static final Set<String> PHRASE_LABELS = Set.of("urgent", "asap", "important", "priority", "todo",
            "to-do", "to do", "reminder", "task", "tasks", "remember", "re", "system", "user", "assistant",
            "action", "next", "low priority", "high priority", "top priority", "no rush", "not urgent", "whenever",
            "someday", "maybe", "eventually");

    /** Second words that make "email from HR:" a label rather than an action such as "call mom: ...". */
    private static final Set<String> LABEL_SECOND_WORDS = Set.of("from", "about", "re", "for", "back", "with",
            "to", "of");

    private final QuickAddParser parser;
    private final String text;
    private final ZonedDateTime now;
    private final Vocabulary vocabulary;
    private final Drafts drafts;
    private int sentence;

    /** One clause of a line and what became of it. */
    private static final class Entry {
        final Clause clause;
        Phrasing.Phrase phrase;
        Draft draft;

        Entry(Clause clause) {
            this.clause = clause;
        }
    }

    Extraction(QuickAddParser parser, String text, String original, ZonedDateTime now, Vocabulary vocabulary) {
        this.parser = parser;
        this.text = text;
        this.now = now;
        this.vocabulary = vocabulary;
        this.drafts = new Drafts(parser, original, now);
    }

    void run() {
        List<Line> lines = Lines.of(text);
        HeadingContext heading = null;
        Draft parent = null;
        int parentIndent = -1;
        for (Line line : lines) {
            if (drafts.size() >= OfflineExtractor.MAX_PROPOSALS) {
                break;
            }
            switch (line.kind()) {
                case BLANK -> {
                    heading = null;
                    parent = null;
                    continue;
                }
                case HEADING -> {
                    heading = HeadingContext.of(text.substring(line.start(), line.end()), parser, now, vocabulary);
                    parent = null;
                    continue;
                }
                case DONE -> {
                    continue;
                }
                default -> {
                }
            }
            if (parent != null && line.indent() > parentIndent) {
                parent.note("- " + Words.trimDecorations(text.substring(line.start(), line.end())));
                continue;
            }
            try {
                Draft first = line(line, heading);
                parent = first;
                parentIndent = line.indent();
            } catch (RuntimeException e) {
                // Defensive: skip a line a rule cannot read rather than lose the dump.
                parent = null;
            }
        }
    }

    /** Reads one line; returns the first proposal it made or merged into, or null. */
    private Draft line(Line line, HeadingContext heading) {
        int start = line.start();
        int end = line.end();
        HeadingContext context = heading;
        String lineText = text.substring(start, end);
        int colon = lineText.indexOf(':');
        if (colon > 0 && colon < 40 && colon + 1 < lineText.length()
                && Character.isWhitespace(lineText.charAt(colon + 1))) {
            String label = Words.collapse(lineText.substring(0, colon)).strip();
            String lower = label.toLowerCase(Locale.ROOT);
            var words = Words.of(lower, 0, lower.length());
            if (NOTE_LABELS.contains(lower)) {
                if (drafts.size() > 0) {
                    drafts.last().note(Words.trimDecorations(lineText.substring(colon + 1)));
                }
                return null;
            }
            boolean label1 = !words.isEmpty() && words.size() <= 6 && !Character.isDigit(label.charAt(0))
                    && !lower.contains("http") && !PHRASE_LABELS.contains(lower)
                    && !(words.size() > 1 && Lexicon.isVerb(words.getFirst().core())
                        && !(words.size() <= 3 && LABEL_SECOND_WORDS.contains(words.get(1).core()))
                        && HeadingContext.category(lower) == null)
                    && !Lexicon.SUBJECTS.contains(words.getFirst().core());
            if (label1) {
                HeadingContext inline = HeadingContext.of(label, parser, now, vocabulary);
                context = HeadingContext.merge(inline, heading);
                var errand = ColonLists.of(label, text, start + colon + 1, end, inline);
                if (errand != null) {
                    return errand(errand, start, end, context);
                }
                start = start + colon + 1;
            }
        }
        List<int[]> sentences = Sentences.of(text, start, end);
        var entries = new ArrayList<Entry>();
        for (int[] s : sentences) {
            sentence++;
            for (Clause clause : Segmenter.clauses(text, s[0], s[1], sentence)) {
                entries.add(new Entry(clause));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        boolean shortLine = line.kind() == LineKind.TEXT && entries.size() == 1
                && (!lineText.stripTrailing().endsWith(".")
                    || Words.of(lineText, 0, lineText.length()).size() <= 4);
        Draft first = null;
        LocalDate carried = null;
        int carriedSentence = -1;
        for (int k = 0; k < entries.size(); k++) {
            Entry entry = entries.get(k);
            Clause clause = entry.clause;
            boolean item = (k == 0 && (line.kind() == LineKind.ITEM || shortLine)) || clause.inList;
            Integer minutes = Durations.only(clause.text);
            Draft previous = k > 0 ? entries.get(k - 1).draft : null;
            if (minutes != null && previous != null && previous.estimate == null) {
                previous.estimate = minutes; // "Sort the tax papers. Probably 45 minutes."
                entry.draft = previous;
                continue;
            }
            entry.phrase = Phrasing.read(clause.text, item, context == null ? null : context.verb());
            if (entry.phrase.kind() != Phrasing.Kind.ACTION) {
                continue;
            }
            LocalDate inherited = carriedSentence == clause.sentence ? carried : null;
            var made = drafts.add(clause, entry.phrase, context, inherited);
            if (made.draft() == null) {
                if (made.date() != null) {
                    carried = made.date();
                    carriedSentence = clause.sentence;
                }
                continue;
            }
            entry.draft = made.draft();
            if (first == null) {
                first = made.draft();
            }
            if (drafts.size() >= OfflineExtractor.MAX_PROPOSALS) {
                break;
            }
        }
        attachNotes(entries);
        return first;
    }

    /** "hardware store: screws, glue, tape": one task, its things in the notes, one per line. */
    private Draft errand(ColonLists.Errand errand, int start, int end, HeadingContext context) {
        var clause = new Clause(start, end, text.substring(start, end));
        clause.sentence = ++sentence;
        var made = drafts.add(clause, new Phrasing.Phrase(Phrasing.Kind.ACTION, errand.title(), null, 0, false),
                context, null);
        if (made.draft() != null) {
            errand.items().forEach(item -> made.draft().note("- " + item));
        }
        return made.draft();
    }

    /** Statements go to the action in the same sentence, else to the line's previous or next action. */
    private void attachNotes(List<Entry> entries) {
        for (int k = 0; k < entries.size(); k++) {
            Entry entry = entries.get(k);
            if (entry.phrase == null || entry.draft != null) {
                continue;
            }
            Phrasing.Kind kind = entry.phrase.kind();
            if (kind != Phrasing.Kind.STATEMENT && kind != Phrasing.Kind.FEELING
                    && kind != Phrasing.Kind.ACTION) {
                continue;
            }
            int sentenceOf = entry.clause.sentence;
            Draft target = null;
            for (int j = k + 1; j < entries.size() && target == null; j++) {
                if (entries.get(j).clause.sentence == sentenceOf) {
                    target = entries.get(j).draft;
                }
            }
            for (int j = k - 1; j >= 0 && target == null; j--) {
                if (entries.get(j).clause.sentence == sentenceOf || kind == Phrasing.Kind.STATEMENT) {
                    target = entries.get(j).draft;
                }
            }
            for (int j = k + 1; j < entries.size() && target == null && kind == Phrasing.Kind.STATEMENT; j++) {
                target = entries.get(j).draft;
            }
            if (target != null && kind != Phrasing.Kind.ACTION) {
                target.note(Words.capitalise(Words.trimDecorations(entry.clause.text)));
            }
        }
    }

    /** The proposals, in the order of the text. */
    List<ProposedTask> result() {
        return Proposals.of(drafts.all(), vocabulary);
    }
}
