package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * A heading's effect on its items: what a heading or a line label ("Team: ...") names of the user's projects or
 * tags, a date ("Tomorrow:") or a verb ("To buy:", "must buy:", "Call back:", "Groceries:"). A heading applies to
 * its items until the next heading or blank line, a line label to the rest of its line.
 *
 * @param date the do date of the items, or null
 * @param project the project of the items, or null
 * @param tag a tag of the items, or null
 * @param verb a verb for items that have none ("milk" under "To buy:" is "Buy milk"), or null
 */
record HeadingContext(LocalDate date, String project, String tag, String verb) {

    private static final Set<String> SHOPPING_HEADINGS = Set.of("groceries", "grocery list", "grocery", "shopping",
            "shopping list", "shop", "things to buy");
    private static final Set<String> CALL_HEADINGS = Set.of("calls", "phone calls", "calls to make", "people to call");
    private static final Set<String> EMAIL_HEADINGS = Set.of("emails", "emails to send", "people to email");
    private static final Set<String> EMPTY_HEADINGS = Set.of("", "stuff", "things", "todo", "to do", "to-do",
            "tasks", "plan", "list", "todos", "to dos", "jobs", "things to do", "the plan", "errands", "chores",
            "admin");

    private static final Set<String> CATEGORY_TAILS = Set.of("stuff", "things", "tasks", "jobs", "list", "todo",
            "todos", "admin", "errands", "chores", "bits");

    /** Verbs a heading such as "To buy:" or "Call:" may lend to items that have none. */
    private static final Set<String> HEADING_VERBS = Set.of("buy", "call", "email", "text", "pay", "book", "order",
            "read", "watch", "clean", "fix", "return", "cancel", "renew", "ask", "get", "post", "print", "send",
            "ring", "message", "visit", "invite", "thank", "pack", "collect", "sell", "donate", "research",
            "write", "reply", "check", "schedule", "chase", "contact", "phone", "try", "learn", "listen");

    /** What a heading or a line label says about its items; null when it says nothing. */
    static HeadingContext of(String label, QuickAddParser parser, ZonedDateTime now, Vocabulary vocabulary) {
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
        if (project == null && tag == null) {
            tag = category(lower);
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
        return new HeadingContext(date, project, tag, verb);
    }

    /**
     * "home stuff", "work things", "garden jobs": a heading that only names an area of life, whose first word is
     * the context of its items (a tag the person may accept), or null.
     */
    static String category(String label) {
        var words = Words.of(label, 0, label.length());
        if (words.size() != 2 || !CATEGORY_TAILS.contains(words.get(1).core())) {
            return null;
        }
        String area = words.getFirst().core();
        return area.length() < 2 || !area.chars().allMatch(Character::isLetter) || EMPTY_HEADINGS.contains(area)
                || DateWords.isDateWord(area) || Lexicon.SUBJECTS.contains(area) ? null : area;
    }

    /** The inner context, with what it leaves open taken from the outer one. */
    static HeadingContext merge(HeadingContext inner, HeadingContext outer) {
        if (inner == null) {
            return outer;
        }
        if (outer == null) {
            return inner;
        }
        return new HeadingContext(inner.date() != null ? inner.date() : outer.date(),
                inner.project() != null ? inner.project() : outer.project(),
                inner.tag() != null ? inner.tag() : outer.tag(),
                inner.verb() != null ? inner.verb() : outer.verb());
    }
}
