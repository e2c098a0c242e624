package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of things after a label: "hardware store: screws, glue, tape", "groceries: eggs, spinach, oat milk",
 * "for the party: balloons, candles, cake". It is one errand, so it is one task ("Go to the hardware store",
 * "Buy groceries") with the things in its notes, one per line, rather than a task per thing. A label that lends a
 * verb other than "buy" keeps its items apart ("Call back: Mum, the garage" is two calls), and so does a list
 * that holds an action ("Personal: dentist, cancel the gym trial").
 */
final class ColonLists {

    /** The most things one list task holds; a longer list is not read as one errand. */
    static final int MAX_ITEMS = 20;
    /** The longest title that lists its things ("Buy batteries, bulbs and tablets"); longer ones name the label. */
    private static final int MAX_LISTING_TITLE = 60;

    private static final Set<String> PLACES = Set.of("store", "shop", "market", "supermarket", "pharmacy",
            "chemist", "chemists", "bakery", "butcher", "butchers", "centre", "center", "office", "library", "ikea",
            "aldi", "lidl", "tesco", "costco", "walmart", "target", "mall", "bank", "station", "tip", "dump",
            "greengrocer", "deli", "hardware", "diy", "b&q", "homebase", "bunnings", "asda", "sainsbury's",
            "rewe", "dm", "boots", "shops");
    private static final Set<String> SUPPLIES = Set.of("supplies", "gear", "ingredients", "parts", "materials",
            "kit", "presents", "gifts", "decorations", "groceries", "shopping", "bits", "food", "snacks");
    private static final Set<String> SHOPPING = Set.of("groceries", "grocery list", "grocery", "shopping",
            "shopping list", "shop", "things to buy", "food shop", "food shopping");
    private static final Set<String> JOINERS = Set.of("and", "&", "or", "plus", "+");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "my", "our");

    /**
     * One errand with its things.
     *
     * @param title the task's title, an imperative
     * @param items the things, as written, in order
     */
    record Errand(String title, List<String> items) {
    }

    private ColonLists() {
    }

    /**
     * The errand that {@code label: text[from, to)} is, or null when it is not a list of things.
     *
     * @param label the label before the colon, as written
     * @param context what the label says (a verb, a project), or null
     */
    static Errand of(String label, String text, int from, int to, HeadingContext context) {
        String verb = context == null ? null : context.verb();
        String lower = Words.collapse(Words.trimDecorations(label)).toLowerCase(Locale.ROOT);
        if (verb != null && !verb.equals("buy") || context != null && context.project() != null && verb == null
                || HeadingContext.category(lower) != null) {
            return null;
        }
        List<String> items = items(text, from, to);
        if (items == null) {
            return null;
        }
        return new Errand(title(label.strip(), lower, verb, items), items);
    }

    private static List<String> items(String text, int from, int to) {
        if (text.substring(from, to).matches("(?s).*[.;!?]\\s+\\S.*")) {
            return null; // more than one sentence: not a list of things
        }
        List<W> words = Words.of(text, from, to);
        var items = new ArrayList<String>();
        int start = 0;
        for (int k = 0; k < words.size(); k++) {
            boolean joiner = JOINERS.contains(words.get(k).core());
            int stop = joiner ? k : words.get(k).comma() ? k + 1 : -1;
            if (stop < 0) {
                continue;
            }
            if (stop > start && !add(items, text, words, start, stop)) {
                return null;
            }
            start = k + 1;
        }
        if (start < words.size() && !add(items, text, words, start, words.size())) {
            return null;
        }
        return items.size() < 2 || items.size() > MAX_ITEMS ? null : items;
    }

    private static boolean add(List<String> items, String text, List<W> words, int from, int to) {
        String item = item(text, words, from, to);
        return item != null && items.add(item);
    }

    /** One thing: one to four words, none of them an action, a statement or a date; else null. */
    private static String item(String text, List<W> words, int from, int to) {
        if (to - from > 4) {
            return null;
        }
        String w0 = words.get(from).core();
        if (to - from > 1 && Openings.startsAction(words, from, to) || Lexicon.SUBJECTS.contains(w0)
                && !w0.equals("my") || Openings.intentionAt(words, from) > 0) {
            return null;
        }
        for (int k = from; k < to; k++) {
            String w = words.get(k).core();
            if (DateWords.isDateWord(w) && !w.equals("may") || Lexicon.STATEMENT_VERBS.contains(w)
                    || w.endsWith("ing") && Lexicon.base(w) != null && k + 1 < to
                        && Lexicon.DETERMINERS.contains(words.get(k + 1).core())) { // "fixing the bike"
                return null;
            }
        }
        String item = Words.trimDecorations(text.substring(words.get(from).start(), words.get(to - 1).end()));
        return Titles.hasLetter(item) ? item : null;
    }

    private static String title(String label, String lower, String verb, List<String> items) {
        var bare = Words.of(lower, 0, lower.length());
        String last = bare.isEmpty() ? "" : bare.getLast().core();
        if ("buy".equals(verb) || SHOPPING.contains(lower)) {
            if (SHOPPING.contains(lower) || lower.endsWith("groceries")) {
                return "Buy groceries";
            }
            String listing = "Buy " + listing(items);
            return listing.length() <= MAX_LISTING_TITLE ? listing : "Buy " + items.size() + " things";
        }
        if (PLACES.contains(last) || PLACES.contains(lower)) {
            boolean named = Character.isUpperCase(label.charAt(0)) && bare.size() == 1
                    || DETERMINERS.contains(bare.getFirst().core());
            return "Go to " + (named ? label : "the " + label);
        }
        if (lower.startsWith("for ")) {
            String listing = "Get " + listing(items) + " " + label;
            return listing.length() <= MAX_LISTING_TITLE ? listing : "Get things " + label;
        }
        if (SUPPLIES.contains(last)) {
            return "Get " + (DETERMINERS.contains(bare.getFirst().core()) ? label : "the " + label);
        }
        return label;
    }

    /** "eggs, spinach and oat milk". */
    private static String listing(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
