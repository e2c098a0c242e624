package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Lines.Line;
import app.helmsman.assist.offline.Lines.LineKind;
import app.helmsman.tasks.quickadd.Energy;
import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import app.helmsman.tasks.quickadd.Recognised;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 *     item. Feelings ("I'm so tired"), questions and statements are not tasks; a statement or a feeling in the
 *     same sentence as a task becomes that task's note, and a statement on the same line does too.</li>
 * <li>Hands the imperative to the quick-add parser for dates, times, deadlines, {@code ~15m}, {@code !1},
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

    private static final Set<String> SHOPPING_HEADINGS = Set.of("groceries", "grocery list", "grocery", "shopping",
            "shopping list", "shop", "things to buy");
    private static final Set<String> CALL_HEADINGS = Set.of("calls", "phone calls", "calls to make", "people to call");
    private static final Set<String> EMAIL_HEADINGS = Set.of("emails", "emails to send", "people to email");

    /** At most this many proposals come back; the rest of a longer dump is not proposed. */
    public static final int MAX_PROPOSALS = 50;

    /** Only the first this-many characters of a dump are read (about 3,000 words). */
    public static final int MAX_INPUT_CHARS = 20_000;

    private static final Set<String> NOTE_LABELS = Set.of("note", "notes", "nb", "n.b", "fyi", "ps", "p.s",
            "context", "info", "fwiw");
    private static final Set<String> PHRASE_LABELS = Set.of("urgent", "asap", "important", "priority", "todo",
            "to-do", "to do", "reminder", "task", "tasks", "remember", "re", "system", "user", "assistant",
            "action", "next", "low priority", "high priority", "top priority", "no rush", "not urgent", "whenever",
            "someday", "maybe", "eventually");
    /** Names that are ordinary words, so a capital at the start of a sentence in the notes says nothing. */
    private static final Set<String> COMMON_NAMES = Set.of("home", "house", "personal", "family", "health", "garden",
            "school", "life", "money", "finance", "errands", "kids", "car", "admin", "fun", "misc", "other",
            "general", "inbox", "someday", "later", "today", "shopping", "travel", "social", "friends", "study");
    private static final Set<String> EMPTY_HEADINGS = Set.of("", "stuff", "things", "todo", "to do", "to-do",
            "tasks", "plan", "list", "todos", "to dos", "jobs", "things to do", "the plan", "errands", "chores",
            "admin");
    private static final Set<String> DANGLING = Set.of("for", "by", "on", "at", "before", "until", "till", "due",
            "from", "and", "or", "but", "so", "then", "to", "with", "the", "a", "an", "of");
    private static final Set<String> KEY_STOPWORDS = Set.of("the", "a", "an", "my", "our", "your", "some", "to");

    /** Second words that make "email from HR:" a label rather than an action such as "call mom: ...". */
    private static final Set<String> LABEL_SECOND_WORDS = Set.of("from", "about", "re", "for", "back", "with",
            "to", "of");

    /** Verbs a heading such as "To buy:" or "Call:" may lend to items that have none. */
    private static final Set<String> HEADING_VERBS = Set.of("buy", "call", "email", "text", "pay", "book", "order",
            "read", "watch", "clean", "fix", "return", "cancel", "renew", "ask", "get", "post", "print", "send",
            "ring", "message", "visit", "invite", "thank", "pack", "collect", "sell", "donate", "research",
            "write", "reply", "check", "schedule", "chase", "contact", "phone", "try", "learn", "listen");

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
        var run = new Run(parser, prepare(dump), dump, now, vocabulary);
        try {
            run.run();
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: a bug in a rule must cost the proposals after it, never the request.
        }
        return run.result();
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

    /** A heading's effect on its items. */
    private record Context(LocalDate date, String project, String tag, String verb) {
    }

    /** A proposal being built. */
    private static final class Draft {
        final int index;
        final String source;
        String title;
        String key;
        final List<String> notes = new ArrayList<>();
        Integer estimate;
        Energy energy;
        Integer priority;
        LocalDate doDate;
        LocalTime doTime;
        LocalDate soft;
        LocalDate hard;
        String recurrence;
        String project;
        final List<String> tags = new ArrayList<>();
        final TreeSet<Integer> dependsOn = new TreeSet<>();

        Draft(int index, String source) {
            this.index = index;
            this.source = source;
        }

        void note(String note) {
            if (note == null) {
                return;
            }
            String clean = Words.collapse(note).strip();
            if (!clean.isEmpty() && Words.hasLetterOrDigit(clean) && !notes.contains(clean)) {
                notes.add(clean);
            }
        }

        void tag(String tag) {
            if (tag != null && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
                tags.add(tag);
            }
        }
    }

    /** One clause of a line and what became of it. */
    private static final class Entry {
        final Clause clause;
        Phrasing.Phrase phrase;
        Draft draft;

        Entry(Clause clause) {
            this.clause = clause;
        }
    }

    /** The state of one extraction; never shared between threads. */
    private static final class Run {
        private final QuickAddParser parser;
        private final String text;
        private final String original;
        private final ZonedDateTime now;
        private final Vocabulary vocabulary;
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, Draft> byKey = new HashMap<>();
        private final Map<Clause, Draft> byClause = new IdentityHashMap<>();
        private int sentence;

        Run(QuickAddParser parser, String text, String original, ZonedDateTime now, Vocabulary vocabulary) {
            this.parser = parser;
            this.text = text;
            this.original = original;
            this.now = now;
            this.vocabulary = vocabulary;
        }

        void run() {
            List<Line> lines = Lines.of(text);
            Context heading = null;
            Draft parent = null;
            int parentIndent = -1;
            for (Line line : lines) {
                if (drafts.size() >= MAX_PROPOSALS) {
                    break;
                }
                switch (line.kind()) {
                    case BLANK -> {
                        heading = null;
                        parent = null;
                        continue;
                    }
                    case HEADING -> {
                        heading = context(text.substring(line.start(), line.end()));
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
        private Draft line(Line line, Context heading) {
            int start = line.start();
            int end = line.end();
            Context context = heading;
            String lineText = text.substring(start, end);
            int colon = lineText.indexOf(':');
            if (colon > 0 && colon < 40 && colon + 1 < lineText.length()
                    && Character.isWhitespace(lineText.charAt(colon + 1))) {
                String label = Words.collapse(lineText.substring(0, colon)).strip();
                String lower = label.toLowerCase(Locale.ROOT);
                var words = Words.of(lower, 0, lower.length());
                if (NOTE_LABELS.contains(lower)) {
                    if (!drafts.isEmpty()) {
                        drafts.getLast().note(Words.trimDecorations(lineText.substring(colon + 1)));
                    }
                    return null;
                }
                boolean label1 = !words.isEmpty() && words.size() <= 6 && !Character.isDigit(label.charAt(0))
                        && !lower.contains("http") && !PHRASE_LABELS.contains(lower)
                        && !(words.size() > 1 && Lexicon.isVerb(words.getFirst().core())
                            && !(words.size() <= 3 && LABEL_SECOND_WORDS.contains(words.get(1).core())))
                        && !Lexicon.SUBJECTS.contains(words.getFirst().core());
                if (label1) {
                    Context inline = context(label);
                    context = merge(inline, heading);
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
                entry.phrase = Phrasing.read(clause.text, item, context == null ? null : context.verb());
                if (entry.phrase.kind() != Phrasing.Kind.ACTION) {
                    continue;
                }
                LocalDate inherited = carriedSentence == clause.sentence ? carried : null;
                var made = draft(clause, entry.phrase, context, inherited);
                if (made.draft == null) {
                    if (made.date != null) {
                        carried = made.date;
                        carriedSentence = clause.sentence;
                    }
                    continue;
                }
                entry.draft = made.draft;
                if (first == null) {
                    first = made.draft;
                }
                if (drafts.size() >= MAX_PROPOSALS) {
                    break;
                }
            }
            attachNotes(entries);
            return first;
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

        private record Made(Draft draft, LocalDate date) {
        }

        private Made draft(Clause clause, Phrasing.Phrase phrase, Context context, LocalDate inherited) {
            ParsedTask parsed = parser.parse(phrase.action(), now);
            String title = tidy(parsed.title());
            String notes = phrase.notes();
            int open = title.lastIndexOf('(');
            if (title.endsWith(")") && open > 0) {
                String inside = Words.trimDecorations(title.substring(open + 1, title.length() - 1));
                notes = notes == null ? Words.capitalise(inside) : Words.capitalise(inside) + ". " + notes;
                title = tidy(title.substring(0, open));
            }
            if (!hasLetter(title)) {
                return new Made(null, parsed.doDate().orElse(null));
            }
            if (title.length() > ProposedTask.MAX_TITLE) {
                int cut = title.lastIndexOf(' ', ProposedTask.MAX_TITLE - 2);
                String full = title;
                title = title.substring(0, cut > 20 ? cut : ProposedTask.MAX_TITLE - 1).stripTrailing() + "\u2026";
                notes = notes == null ? full : full + "\n" + notes;
            }
            String key = key(title);
            Draft existing = byKey.get(key);
            Draft draft = existing != null ? existing : new Draft(drafts.size(),
                    original.substring(clause.start, Math.min(clause.end, original.length())));
            if (existing == null) {
                if (drafts.size() >= MAX_PROPOSALS) {
                    return new Made(null, null);
                }
                draft.title = title;
                draft.key = key;
                drafts.add(draft);
                byKey.put(key, draft);
            }
            byClause.put(clause, draft);
            draft.note(clause.notes);
            draft.note(notes);
            boolean ownDate = parsed.parts().stream().anyMatch(p -> p.kind() == Recognised.Kind.DO_DATE
                    || p.kind() == Recognised.Kind.RECURRENCE
                    || p.kind() == Recognised.Kind.DO_TIME && p.label().indexOf(' ') != p.label().lastIndexOf(' '));
            LocalDate doDate = parsed.doDate().orElse(null);
            if (!ownDate) {
                LocalDate given = inherited != null ? inherited : context == null ? null : context.date();
                if (given != null) {
                    doDate = given;
                }
            }
            if (draft.doDate == null) {
                draft.doDate = doDate;
                draft.doTime = parsed.doTime().orElse(null);
            }
            if (draft.soft == null) {
                draft.soft = parsed.softDeadline().orElse(null);
            }
            if (draft.hard == null) {
                draft.hard = parsed.hardDeadline().orElse(null);
            }
            if (draft.recurrence == null) {
                draft.recurrence = parsed.recurrenceRule().orElse(null);
            }
            if (draft.estimate == null) {
                draft.estimate = parsed.estimateMinutes().orElse(null);
            }
            if (draft.energy == null) {
                draft.energy = parsed.energy().orElse(null);
            }
            Integer priority = parsed.priority().orElse(phrase.priority() > 0 ? phrase.priority() : null);
            if (priority != null && (draft.priority == null || priority < draft.priority)) {
                draft.priority = priority;
            }
            if (draft.project == null) {
                draft.project = parsed.project().orElse(context == null ? null : context.project());
            }
            parsed.tags().forEach(draft::tag);
            if (context != null) {
                draft.tag(context.tag());
            }
            // dependencies only point backwards
            if ((clause.sequential || phrase.sequential()) && draft.index > 0) {
                Draft previous = existing == null ? drafts.get(drafts.size() - 2) : null;
                if (previous != null) {
                    draft.dependsOn.add(previous.index);
                }
            }
            if (clause.after != null) {
                Draft before = byClause.get(clause.after);
                if (before != null && before.index < draft.index) {
                    draft.dependsOn.add(before.index);
                }
            }
            return new Made(draft, null);
        }

        /** What a heading or a line label says about its items. */
        private Context context(String label) {
            ParsedTask parsed = parser.parse(label, now);
            String rest = Words.trimDecorations(parsed.title()).toLowerCase(Locale.ROOT);
            LocalDate date = EMPTY_HEADINGS.contains(rest) ? parsed.doDate().orElse(null) : null;
            String lower = Words.trimDecorations(label).toLowerCase(Locale.ROOT);
            String project = parsed.project().orElse(null);
            if (project == null) {
                for (String name : vocabulary.projects()) {
                    if (Guesses.containsWord(lower, name.toLowerCase(Locale.ROOT))) {
                        project = name;
                        break;
                    }
                }
            }
            String tag = parsed.tags().isEmpty() ? null : parsed.tags().getFirst();
            if (tag == null) {
                for (String name : vocabulary.tags()) {
                    if (Guesses.containsWord(lower, name.toLowerCase(Locale.ROOT))) {
                        tag = name;
                        break;
                    }
                }
            }
            String verb = null;
            String bare = lower.startsWith("to ") ? lower.substring(3).strip() : lower;
            var labelWords = Words.of(bare, 0, bare.length());
            String last = labelWords.isEmpty() ? "" : labelWords.getLast().core();
            String first = labelWords.isEmpty() ? "" : labelWords.getFirst().core();
            String gerund = Lexicon.base(bare);
            if (HEADING_VERBS.contains(bare)) {
                verb = bare;
            } else if (gerund != null && bare.endsWith("ing") && HEADING_VERBS.contains(gerund)) {
                verb = gerund; // "Cleaning:"
            } else if (labelWords.size() == 2 && HEADING_VERBS.contains(first)
                    && Set.of("back", "up", "out", "off").contains(last)) {
                verb = bare; // "Call back:"
            } else if (labelWords.size() <= 3 && HEADING_VERBS.contains(last)) {
                verb = last; // "must buy:", "things to buy:"
            } else if (SHOPPING_HEADINGS.contains(bare)) {
                verb = "buy";
            } else if (CALL_HEADINGS.contains(bare)) {
                verb = "call";
            } else if (EMAIL_HEADINGS.contains(bare)) {
                verb = "email";
            }
            if (date == null && project == null && tag == null && verb == null) {
                return null;
            }
            return new Context(date, project, tag, verb);
        }

        private static Context merge(Context inner, Context outer) {
            if (inner == null) {
                return outer;
            }
            if (outer == null) {
                return inner;
            }
            return new Context(inner.date() != null ? inner.date() : outer.date(),
                    inner.project() != null ? inner.project() : outer.project(),
                    inner.tag() != null ? inner.tag() : outer.tag(),
                    inner.verb() != null ? inner.verb() : outer.verb());
        }

        List<ProposedTask> result() {
            var out = new ArrayList<ProposedTask>(drafts.size());
            for (Draft d : drafts) {
                try {
                    out.add(proposal(d));
                } catch (RuntimeException e) {
                    // Defensive: a proposal that cannot be built is left out rather than failing the rest.
                    out.add(null);
                }
            }
            // keep indexes stable: a failed proposal becomes a gap that is then removed with its dependents fixed
            if (out.contains(null)) {
                return compact(out);
            }
            return List.copyOf(out);
        }

        private ProposedTask proposal(Draft d) {
            String notes = d.notes.isEmpty() ? null : String.join("\n", d.notes);
            Guesses.Guess guess = Guesses.guess(d.title);
            boolean estimateGuessed = d.estimate == null && guess.minutes() != null;
            boolean energyGuessed = d.energy == null && guess.energy() != null;
            String project = d.project;
            if (project == null) {
                List<String> named = Guesses.suggest(vocabulary.projects(), d.title);
                project = named.isEmpty() ? null : named.getFirst();
            }
            if (project == null && notes != null) {
                // in the notes only a name written with its capital counts: "Acme's renewal", not "work is crazy"
                for (String name : vocabulary.projects()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (Lexicon.isVerb(lower) || COMMON_NAMES.contains(lower)) {
                        continue;
                    }
                    if (Guesses.containsWord(notes, Words.capitalise(name)) || Guesses.containsWord(notes, name)
                            && !name.equals(lower)) {
                        project = name;
                        break;
                    }
                }
            }
            for (String tag : Guesses.suggest(vocabulary.tags(), d.title)) {
                d.tag(tag);
            }
            return new ProposedTask(d.title, Optional.ofNullable(notes),
                    Optional.ofNullable(d.estimate != null ? d.estimate : guess.minutes()), estimateGuessed,
                    Optional.ofNullable(d.energy != null ? d.energy : guess.energy()), energyGuessed,
                    Optional.ofNullable(guess.focus()), Optional.ofNullable(d.priority), Optional.ofNullable(d.doDate),
                    Optional.ofNullable(d.doTime), Optional.ofNullable(d.soft), Optional.ofNullable(d.hard),
                    Optional.ofNullable(d.recurrence), Optional.ofNullable(project), d.tags,
                    List.copyOf(d.dependsOn), d.source);
        }

        private static List<ProposedTask> compact(List<ProposedTask> withGaps) {
            int[] newIndex = new int[withGaps.size()];
            int next = 0;
            for (int i = 0; i < withGaps.size(); i++) {
                newIndex[i] = withGaps.get(i) == null ? -1 : next++;
            }
            var out = new ArrayList<ProposedTask>(next);
            for (ProposedTask p : withGaps) {
                if (p == null) {
                    continue;
                }
                var deps = p.dependsOn().stream().map(i -> newIndex[i]).filter(i -> i >= 0).toList();
                out.add(new ProposedTask(p.title(), p.notes(), p.estimateMinutes(), p.estimateGuessed(), p.energy(),
                        p.energyGuessed(), p.focusType(), p.priority(), p.doDate(), p.doTime(), p.softDeadline(),
                        p.hardDeadline(), p.recurrenceRule(), p.project(), p.tags(), deps, p.sourceText()));
            }
            return List.copyOf(out);
        }
    }

    private static String lettersAndDigits(String s) {
        var sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A title without dangling prepositions and decorations, first letter in upper case. */
    static String tidy(String title) {
        String t = Words.collapse(Words.trimDecorations(title));
        for (int round = 0; round < 4; round++) {
            int space = t.lastIndexOf(' ');
            if (space < 0) {
                break;
            }
            String last = t.substring(space + 1).toLowerCase(Locale.ROOT);
            if (!DANGLING.contains(last)) {
                break;
            }
            t = Words.trimDecorations(t.substring(0, space));
        }
        return Words.capitalise(t);
    }

    /** The words of a title that decide whether two proposals are the same task. */
    static String key(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(lower.length());
        for (var w : Words.of(lower, 0, lower.length())) {
            String core = lettersAndDigits(w.core());
            if (core.isEmpty() || KEY_STOPWORDS.contains(core)) {
                continue;
            }
            if (core.length() > 3 && core.endsWith("s")) {
                core = core.substring(0, core.length() - 1);
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(core);
        }
        return sb.toString();
    }
}
