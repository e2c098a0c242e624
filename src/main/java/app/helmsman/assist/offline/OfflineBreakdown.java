package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Breaks a task title into steps without an AI provider, honestly: it only splits what the title itself says,
 * and never invents generic steps such as "Plan", "Do it" or "Review". When the words do not split, it returns no
 * steps and a question that helps the user name the very first physical step themselves.
 *
 * <p>Granularity (1 = a few big steps ... 5 = tiny steps) sets how far it goes:
 * <ul>
 * <li>1: only explicit sequences and separate actions: "draft the post, then publish it", "call mom and email
 *     Sam", "renew passport; book flights".</li>
 * <li>2: also verbs that share an object: "write and send report" gives "Write the report", "Send the
 *     report".</li>
 * <li>3 (the default): also a verb over a list of short objects: "clean kitchen and bathroom" gives "Clean the
 *     kitchen", "Clean the bathroom".</li>
 * <li>4 and 5: also lists after other words and longer items: "change address with the bank, the GP and the DVLA"
 *     gives three steps.</li>
 * </ul>
 * At most ten steps. Instances are immutable and thread-safe.
 */
public final class OfflineBreakdown {

    private static final Set<String> CALL_VERBS = Set.of("call", "ring", "phone");
    private static final Set<String> MESSAGE_VERBS = Set.of("email", "e-mail", "reply", "text", "message", "respond");
    private static final Set<String> WRITING_VERBS = Set.of("write", "draft", "prepare", "prep", "outline", "finish",
            "redo", "rewrite");
    private static final Set<String> CLEANING_VERBS = Set.of("clean", "tidy", "declutter", "vacuum", "hoover",
            "organise", "organize");
    private static final Set<String> SHOPPING_VERBS = Set.of("buy", "order", "shop");
    private static final Set<String> ADMIN_VERBS = Set.of("pay", "renew", "book", "file", "submit", "apply",
            "register", "cancel", "schedule");

    /** The granularity used when the user has not chosen one. */
    public static final int DEFAULT_GRANULARITY = 3;

    private static final int MAX_STEPS = 10;
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "in", "over", "away");
    private static final Set<String> PREPOSITIONS = Set.of("with", "for", "at", "in", "on", "to", "from", "by",
            "before", "after", "about", "into", "onto", "via", "during", "until", "till");
    private static final Set<String> NO_ARTICLE = Set.of("mom", "mum", "dad", "mama", "papa", "grandma", "grandpa",
            "nan", "nana", "granny", "gran", "everyone", "someone", "people", "home", "work", "school", "church",
            "bed", "town", "class", "me", "him", "her", "them", "us", "it");

    /** A breakdown helper; it holds no state, so one instance can serve the whole application. */
    public OfflineBreakdown() {
    }

    /**
     * Breaks {@code taskTitle} into steps.
     *
     * @param taskTitle the task's title; null or blank gives guidance only
     * @param granularity 1 (a few big steps) to 5 (tiny steps); values outside are clamped
     * @return the steps, or no steps and guidance; never null, never throws
     */
    public Breakdown breakDown(String taskTitle, int granularity) {
        int g = Math.max(1, Math.min(5, granularity));
        if (taskTitle == null || taskTitle.isBlank()) {
            return guidance("");
        }
        String title = Words.collapse(taskTitle.replace('\u2019', '\'')).strip();
        if (title.length() > 2_000) {
            title = title.substring(0, 2_000);
        }
        try {
            List<String> steps = split(title, g);
            if (steps.size() >= 2) {
                return new Breakdown(steps.size() > MAX_STEPS ? steps.subList(0, MAX_STEPS) : steps,
                        Optional.empty());
            }
        } catch (RuntimeException e) {
            // Defensive: when a rule cannot read the title, guide instead of failing.
        }
        return guidance(title);
    }

    private static List<String> split(String title, int g) {
        var steps = new ArrayList<String>();
        for (int[] s : Sentences.of(title, 0, title.length())) {
            for (Clause clause : Segmenter.clauses(title, s[0], s[1], 0)) {
                String step = imperative(clause.text);
                if (step != null && steps.stream().noneMatch(step::equalsIgnoreCase)) {
                    steps.add(step);
                }
            }
        }
        if (steps.size() >= 2) {
            return steps;
        }
        String single = steps.isEmpty() ? imperative(title) : steps.getFirst();
        if (single == null) {
            return List.of();
        }
        if (g >= 2) {
            List<String> shared = sharedObject(single);
            if (shared.size() >= 2) {
                return shared;
            }
        }
        if (g >= 3) {
            List<String> list = objectList(single, g);
            if (list.size() >= 2) {
                return list;
            }
        }
        return List.of();
    }

    /** The clause as an imperative title, without filler or an intention; null when nothing is left. */
    private static String imperative(String text) {
        Phrasing.Phrase phrase = Phrasing.read(text, true, null);
        String action = phrase.kind() == Phrasing.Kind.ACTION ? phrase.action().replace("\"", "") : text;
        String tidy = Titles.tidy(action);
        return Words.hasLetterOrDigit(tidy) ? tidy : null;
    }

    /** "Write and send report" -> "Write the report", "Send the report"; "print, sign and scan the form". */
    private static List<String> sharedObject(String title) {
        List<W> words = Words.of(title, 0, title.length());
        var verbs = new ArrayList<String>();
        int k = 0;
        while (k < words.size()) {
            int verbEnd = verbAt(words, k);
            if (verbEnd < 0) {
                break;
            }
            verbs.add(title.substring(words.get(k).start(), words.get(verbEnd - 1).start()
                    + words.get(verbEnd - 1).raw().length() - words.get(verbEnd - 1).trail().length()));
            k = verbEnd;
            boolean comma = words.get(k - 1).comma();
            if (k < words.size() && (words.get(k).core().equals("and") || words.get(k).raw().equals("&")
                    || words.get(k).core().equals("then"))) {
                k++;
                if (k < words.size() && words.get(k).core().equals("then")) {
                    k++;
                }
            } else if (!comma) {
                break;
            }
        }
        if (verbs.size() < 2 || k >= words.size()) {
            return List.of();
        }
        String object = withArticle(title.substring(words.get(k).start()));
        var steps = new ArrayList<String>();
        for (String verb : verbs) {
            steps.add(Words.capitalise(verb.toLowerCase(Locale.ROOT)) + " " + object);
        }
        return steps;
    }

    /** The index after a verb (and its particle) at {@code k}, or -1. */
    private static int verbAt(List<W> words, int k) {
        if (k >= words.size() || !Lexicon.isVerb(words.get(k).core())) {
            return -1;
        }
        if (k + 1 < words.size() && PARTICLES.contains(words.get(k + 1).core()) && !words.get(k).comma()) {
            return k + 2;
        }
        return k + 1;
    }

    /** "Clean kitchen and bathroom" -> "Clean the kitchen", "Clean the bathroom". */
    private static List<String> objectList(String title, int g) {
        List<W> words = Words.of(title, 0, title.length());
        int and = -1;
        for (int k = words.size() - 2; k >= 1; k--) {
            String w = words.get(k).core();
            if ((w.equals("and") || words.get(k).raw().equals("&")) && words.get(k).depth() == 0) {
                and = k;
                break;
            }
        }
        if (and < 0) {
            return List.of();
        }
        int maxItem = g >= 4 ? 6 : 3;
        // the last item runs to the end or to a preposition that starts a shared tail
        int lastEnd = words.size();
        for (int k = and + 1; k < words.size(); k++) {
            if (PREPOSITIONS.contains(words.get(k).core()) && k > and + 1) {
                lastEnd = k;
                break;
            }
        }
        var items = new ArrayList<int[]>();
        items.add(new int[] {and + 1, lastEnd});
        int end = and;
        int k = and - 1;
        int headEnd = -1;
        while (k >= 0) {
            int itemStart = k;
            while (itemStart > 0 && !words.get(itemStart - 1).comma()) {
                itemStart--;
            }
            // the first item ends where the head does: after the verb, or after a preposition (g >= 4)
            if (itemStart == 0) {
                int verbEnd = verbAt(words, 0);
                if (verbEnd < 0) {
                    return List.of();
                }
                int boundary = verbEnd;
                if (g >= 4) {
                    for (int j = end - 1; j >= verbEnd; j--) {
                        if (PREPOSITIONS.contains(words.get(j).core())) {
                            boundary = j + 1;
                            break;
                        }
                    }
                }
                itemStart = boundary;
                headEnd = boundary;
            }
            if (itemStart >= end) {
                return List.of();
            }
            items.addFirst(new int[] {itemStart, end});
            if (headEnd >= 0) {
                break;
            }
            end = itemStart;
            k = itemStart - 1;
        }
        if (headEnd < 0 || items.size() < 2) {
            return List.of();
        }
        for (int[] item : items) {
            int length = item[1] - item[0];
            if (length < 1 || length > maxItem) {
                return List.of();
            }
            for (int j = item[0]; j < item[1]; j++) {
                if (Lexicon.isVerb(words.get(j).core()) && j == item[0] && !Lexicon.DETERMINERS.contains(
                        words.get(j).core()) && g < 5) {
                    return List.of(); // "buy paint and brushes" is fine, "buy bread and paint the fence" is not a list
                }
            }
        }
        String head = title.substring(0, words.get(headEnd - 1).end()).stripTrailing();
        boolean headIsVerbOnly = headEnd == verbAt(words, 0);
        String tail = lastEnd < words.size() ? " " + title.substring(words.get(lastEnd).start()) : "";
        var steps = new ArrayList<String>();
        for (int[] item : items) {
            String text = Words.trimDecorations(title.substring(words.get(item[0]).start(),
                    words.get(item[1] - 1).end()));
            if (text.isEmpty()) {
                return List.of();
            }
            String object = headIsVerbOnly ? withArticle(text) : text;
            steps.add(Titles.tidy(head + " " + object + tail));
        }
        return steps;
    }

    /** "report" -> "the report"; "Sam", "eggs", "milk", "my notes" stay as they are. */
    private static String withArticle(String object) {
        String o = Words.trimDecorations(object);
        if (o.isEmpty()) {
            return o;
        }
        List<W> words = Words.of(o, 0, o.length());
        String first = words.getFirst().core();
        boolean capitalised = Character.isUpperCase(o.charAt(0));
        boolean plural = words.size() == 1 && first.endsWith("s") && !first.endsWith("ss");
        if (Lexicon.DETERMINERS.contains(first) || capitalised || plural || Lexicon.MASS_NOUNS.contains(first)
                || NO_ARTICLE.contains(first) || Character.isDigit(o.charAt(0))) {
            return o;
        }
        return "the " + o;
    }

    private static Breakdown guidance(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        List<W> words = Words.of(lower, 0, lower.length());
        String verb = words.isEmpty() ? "" : words.getFirst().core();
        String example;
        if (title.isEmpty()) {
            example = "Give the task a name first, then ask: what is the very first physical thing I'd do?";
            return new Breakdown(List.of(), Optional.of(example));
        }
        if (CALL_VERBS.contains(verb)) {
            example = "find the phone number and put it on the screen in front of you";
        } else if (MESSAGE_VERBS.contains(verb)) {
            example = "open a new message and type the name of the person it goes to";
        } else if (WRITING_VERBS
                .contains(verb)) {
            example = "open the document and write one rough sentence";
        } else if (CLEANING_VERBS
                .contains(verb)) {
            example = "set a five-minute timer and put away the three things nearest to you";
        } else if (SHOPPING_VERBS.contains(verb)) {
            example = "write the first item on a list, or open the shop's website";
        } else if (ADMIN_VERBS
                .contains(verb)) {
            example = "find the letter, bill or website you need and open it";
        } else if (Guesses.guess(title).focus() == FocusType.TECHNICAL) {
            example = "open the project and find the file or screen where the work starts";
        } else {
            example = "open the document, find the phone number, or put what you need on the table";
        }
        return new Breakdown(List.of(), Optional.of("What is the very first physical thing you'd do? For example: "
                + example + ". Name it as your first step; it should take less than ten minutes."));
    }
}
