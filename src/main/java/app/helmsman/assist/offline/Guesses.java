package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import app.helmsman.tasks.quickadd.Energy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keyword guesses: minutes, energy and focus type from the words of a title, and which of the user's projects and
 * tags the text suggests. Every guess is a suggestion the user confirms; when no keyword matches there is no guess.
 */
final class Guesses {

    /** The guesses for one title; a null field means no guess. */
    record Guess(Integer minutes, Energy energy, FocusType focus) {
    }

    private static final Map<String, Integer> VERB_MINUTES = Map.ofEntries(
            Map.entry("call", 15), Map.entry("ring", 15), Map.entry("phone", 15), Map.entry("email", 15),
            Map.entry("e-mail", 15), Map.entry("text", 10), Map.entry("message", 10), Map.entry("reply", 15),
            Map.entry("respond", 15), Map.entry("pay", 15), Map.entry("book", 15), Map.entry("order", 15),
            Map.entry("cancel", 15), Map.entry("renew", 20), Map.entry("schedule", 15), Map.entry("sign", 10),
            Map.entry("print", 10), Map.entry("send", 10), Map.entry("confirm", 10), Map.entry("remind", 5),
            Map.entry("ask", 10), Map.entry("invite", 10), Map.entry("thank", 10), Map.entry("check", 10),
            Map.entry("rsvp", 5), Map.entry("refill", 15), Map.entry("water", 10), Map.entry("feed", 10),
            Map.entry("tell", 10), Map.entry("forward", 5), Map.entry("chase", 15), Map.entry("contact", 15),
            Map.entry("buy", 30), Map.entry("pick", 30), Map.entry("drop", 30), Map.entry("return", 30),
            Map.entry("post", 20), Map.entry("shop", 45), Map.entry("tidy", 20), Map.entry("fold", 15),
            Map.entry("iron", 30), Map.entry("wash", 30), Map.entry("vacuum", 30), Map.entry("hoover", 30),
            Map.entry("mop", 30), Map.entry("dust", 20), Map.entry("mow", 45), Map.entry("prune", 30),
            Map.entry("weed", 30), Map.entry("cook", 45), Map.entry("make", 30), Map.entry("review", 30),
            Map.entry("update", 30), Map.entry("fill", 20), Map.entry("fix", 45), Map.entry("sort", 30),
            Map.entry("pack", 45), Map.entry("label", 10), Map.entry("approve", 15), Map.entry("submit", 15),
            Map.entry("register", 15), Map.entry("change", 20), Map.entry("transfer", 10), Map.entry("file", 20),
            Map.entry("scan", 10), Map.entry("get", 30), Map.entry("take", 15), Map.entry("clean", 45),
            Map.entry("write", 60), Map.entry("draft", 45), Map.entry("prepare", 60), Map.entry("prep", 45),
            Map.entry("study", 60), Map.entry("finish", 60), Map.entry("plan", 45), Map.entry("research", 60),
            Map.entry("design", 90), Map.entry("organise", 60), Map.entry("organize", 60),
            Map.entry("declutter", 60), Map.entry("practise", 30), Map.entry("practice", 30), Map.entry("read", 30),
            Map.entry("exercise", 45), Map.entry("run", 30), Map.entry("redo", 60), Map.entry("present", 60),
            Map.entry("deploy", 30), Map.entry("debug", 60), Map.entry("refactor", 90), Map.entry("build", 120),
            Map.entry("migrate", 120), Map.entry("test", 45), Map.entry("install", 30), Map.entry("sell", 30),
            Map.entry("compare", 30), Map.entry("quote", 45), Map.entry("invoice", 20), Map.entry("bump", 30),
            Map.entry("publish", 20), Map.entry("meet", 60), Map.entry("visit", 90), Map.entry("go", 60),
            Map.entry("figure", 30), Map.entry("set", 30), Map.entry("empty", 10), Map.entry("move", 30));

    /** Nouns that make a task bigger than its verb suggests. */
    private static final Map<String, Integer> BIG_NOUNS = Map.ofEntries(
            Map.entry("report", 90), Map.entry("presentation", 120), Map.entry("slides", 90),
            Map.entry("essay", 120), Map.entry("thesis", 180), Map.entry("taxes", 120),
            Map.entry("proposal", 90), Map.entry("speech", 60), Map.entry("garage", 120), Map.entry("house", 120),
            Map.entry("flat", 90), Map.entry("apartment", 90), Map.entry("portfolio", 120), Map.entry("website", 120),
            Map.entry("chapter", 120), Map.entry("budget", 60), Map.entry("forecast", 90),
            Map.entry("spreadsheet", 60), Map.entry("groceries", 45), Map.entry("kitchen", 45),
            Map.entry("bathroom", 45), Map.entry("fridge", 30), Map.entry("wardrobe", 60), Map.entry("closet", 60));

    private static final Set<String> TECHNICAL = Set.of("code", "bug", "bugs", "debug", "deploy", "unit",
            "build", "refactor", "pull", "pr", "merge", "commit", "server", "database", "api", "script",
            "spreadsheet", "excel", "formula", "configure", "install", "migrate", "upgrade", "bump", "release",
            "hotfix", "staging", "production", "prod", "ci", "pipeline", "laptop", "wifi", "router", "backup",
            "repo", "branch", "adr", "login", "spring", "java", "python", "sql", "docker", "kubernetes", "k8s",
            "dependency", "dependencies", "firmware", "printer", "computer", "software", "model", "website",
            "site", "app", "endpoint", "schema", "flaky", "logs", "cache", "caching");
    private static final Set<String> CREATIVE = Set.of("write", "draft", "design", "brainstorm", "sketch", "draw",
            "compose", "outline", "blog", "story", "speech", "slides", "presentation", "mockups", "mockup", "logo",
            "idea", "ideas", "plan", "photo", "photos", "video", "decorate", "redo", "rewrite", "poem", "essay",
            "song", "portfolio", "article", "newsletter", "proposal", "roadmap", "screens", "wireframes", "paint",
            "edit", "create");
    private static final Set<String> ADMINISTRATIVE = Set.of("pay", "invoice", "invoices", "bill", "bills", "tax",
            "taxes", "form", "forms", "renew", "insurance", "bank", "expenses", "expense", "timesheet", "schedule",
            "book", "cancel", "file", "submit", "sign", "print", "scan", "fill", "register", "apply", "address",
            "receipt", "receipts", "budget", "contract", "licence", "licences", "license", "passport",
            "appointment", "rsvp", "order", "email", "e-mail", "reply", "approve", "transfer", "admin",
            "paperwork", "direct", "debit", "council", "gp", "prescription", "refill", "confirm", "quote",
            "chase", "update", "label", "subscription", "membership", "post", "office", "forecast");
    private static final Set<String> SOCIAL = Set.of("call", "ring", "phone", "text", "meet", "visit", "invite",
            "thank", "apologise", "apologize", "tell", "birthday", "party", "drinks", "dinner", "coffee", "date",
            "hang", "catch", "congratulate", "message", "mum", "mom", "dad", "grandma", "grandpa", "friend",
            "friends", "neighbours", "neighbors", "sister", "brother", "aunt", "uncle", "talk", "ask", "1:1",
            "present");
    /** Social only as the verb: "phone mum" is social, "phone charger" is not. */
    private static final Set<String> SOCIAL_VERBS = Set.of("call", "ring", "phone", "text", "message", "ask",
            "tell", "talk", "meet", "date", "present");
    private static final Set<String> CHORES = Set.of("clean", "vacuum", "hoover", "mop", "dust", "tidy", "laundry",
            "dishes", "dishwasher", "fold", "iron", "wash", "water", "mow", "weed", "prune", "rake", "bins", "trash",
            "rubbish", "recycling", "sweep", "scrub", "wipe", "empty", "feed", "groceries", "lunches", "pick",
            "drop", "buy", "shop", "pack", "unpack", "sort", "declutter", "fridge", "plants", "cook");

    /** Generic tag or project names and keywords that suggest them. */
    private static final Map<String, Set<String>> ASSOCIATIONS = Map.ofEntries(
            Map.entry("errands", Set.of("buy", "pick", "drop", "return", "post", "groceries", "shop", "shopping",
                    "pharmacy", "collect", "supermarket", "store")),
            Map.entry("shopping", Set.of("buy", "order", "groceries", "shop", "supermarket")),
            Map.entry("calls", Set.of("call", "ring", "phone")),
            Map.entry("phone", Set.of("call", "ring", "phone")),
            Map.entry("email", Set.of("email", "e-mail", "reply", "inbox", "newsletter")),
            Map.entry("emails", Set.of("email", "e-mail", "reply", "inbox", "newsletter")),
            Map.entry("admin", Set.of("pay", "bill", "bills", "invoice", "tax", "taxes", "form", "forms", "renew",
                    "insurance", "bank", "expenses", "timesheet", "licences", "paperwork", "register", "passport")),
            Map.entry("paperwork", Set.of("form", "forms", "tax", "taxes", "sign", "passport", "insurance")),
            Map.entry("money", Set.of("pay", "bill", "bills", "invoice", "bank", "budget", "savings", "rent",
                    "tax", "taxes", "expenses", "refund", "transfer", "credit")),
            Map.entry("finance", Set.of("pay", "bill", "bills", "invoice", "bank", "budget", "savings", "rent",
                    "tax", "taxes", "expenses", "refund", "transfer", "credit")),
            Map.entry("chores", Set.of("clean", "laundry", "dishes", "vacuum", "hoover", "tidy", "mop", "dust",
                    "bins", "trash", "iron", "fold")),
            Map.entry("household", Set.of("clean", "laundry", "dishes", "vacuum", "hoover", "tidy", "boiler",
                    "tap", "sink", "fridge", "dishwasher")),
            Map.entry("health", Set.of("doctor", "dentist", "gp", "prescription", "physio", "run", "gym",
                    "therapy", "therapist", "vaccine", "flu", "knee", "eye")),
            Map.entry("garden", Set.of("lawn", "mow", "prune", "weed", "plant", "plants", "hedge", "compost",
                    "roses", "fence", "bulbs", "garden")),
            Map.entry("family", Set.of("mom", "mum", "dad", "kids", "sister", "brother", "grandma", "grandpa",
                    "aunt", "uncle")),
            Map.entry("code", Set.of("bug", "test", "deploy", "build", "code", "refactor", "merge", "pull",
                    "hotfix", "staging", "repo")),
            Map.entry("school", Set.of("school", "teacher", "homework", "class", "lab", "professor", "midterm",
                    "exam", "study")),
            Map.entry("meetings", Set.of("meeting", "standup", "1:1", "agenda", "room")));

    private Guesses() {
    }

    /** Guesses minutes, energy and focus from the words of a title. */
    static Guess guess(String title) {
        List<W> words = Words.of(title, 0, title.length());
        if (words.isEmpty()) {
            return new Guess(null, null, null);
        }
        String verb = words.getFirst().core();
        Integer minutes = VERB_MINUTES.get(verb);
        int technical = 0;
        int creative = 0;
        int admin = 0;
        int social = 0;
        int chores = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).core();
            int weight = k == 0 ? 2 : 1;
            Integer big = BIG_NOUNS.get(w);
            if (big != null && minutes != null && minutes >= 30 && k > 0) {
                minutes = Math.max(minutes, big);
            }
            if (TECHNICAL.contains(w)) {
                technical += 2;
            }
            if (CREATIVE.contains(w)) {
                creative += weight;
            }
            if (ADMINISTRATIVE.contains(w)) {
                admin += weight;
            }
            if (SOCIAL.contains(w) && (k == 0 || !SOCIAL_VERBS.contains(w))) {
                social += weight;
            }
            if (CHORES.contains(w)) {
                chores += weight;
            }
        }
        FocusType focus = null;
        int best = 0;
        int[] scores = {technical, creative, social, admin};
        FocusType[] types = {FocusType.TECHNICAL, FocusType.CREATIVE, FocusType.SOCIAL, FocusType.ADMINISTRATIVE};
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] > best) {
                best = scores[k];
                focus = types[k];
            }
        }
        if (chores > best) {
            focus = null; // housework is none of the four; its energy is still low
        }
        Energy energy;
        if (chores > best) {
            energy = Energy.LOW;
        } else if (focus == null) {
            energy = null;
        } else {
            energy = switch (focus) {
                case TECHNICAL, CREATIVE -> Energy.HIGH;
                case SOCIAL -> Energy.MEDIUM;
                case ADMINISTRATIVE -> Energy.LOW;
            };
        }
        return new Guess(minutes, energy, focus);
    }

    /**
     * The user's names that {@code text} suggests: a name written in the text as a whole word (case-insensitive),
     * or a generic name ("errands", "calls") whose keywords appear. Returns the names as the user spells them,
     * names in the text first.
     */
    static List<String> suggest(List<String> names, String text) {
        var found = new ArrayList<String>();
        if (names.isEmpty() || text.isEmpty()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (containsWord(lower, name.toLowerCase(Locale.ROOT))) {
                found.add(name);
            }
        }
        List<W> words = null;
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            Set<String> keywords = ASSOCIATIONS.get(key);
            if (keywords == null || found.contains(name)) {
                continue;
            }
            if (words == null) {
                words = Words.of(lower, 0, lower.length());
            }
            for (W w : words) {
                if (keywords.contains(w.core())) {
                    found.add(name);
                    break;
                }
            }
        }
        return found;
    }

    /** Whether {@code word} (which may have spaces) occurs in {@code text} between non-letters. */
    static boolean containsWord(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }
}
