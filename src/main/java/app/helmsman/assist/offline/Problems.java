package app.helmsman.assist.offline;

import app.helmsman.assist.offline.Words.W;
import java.util.List;
import java.util.Set;

/**
 * A stated problem or a looming date is a task even though nobody wrote a verb: "the bathroom light flickers" is
 * "fix the bathroom light", "there's a leak under the sink" is "fix the leak under the sink", "the sink is
 * blocked" is "unblock the sink", "my ID card runs out in March" is "renew my ID card before March" (a deadline,
 * through {@link Deadlines}). What the person wrote stays as the task's note. A state of the writer ("my head
 * hurts", "my patience is running out") is not a problem to fix.
 */
final class Problems {

    /** Things that flicker, leak, drip...: a verb in the present tense after the subject. */
    private static final Set<String> PRESENT = Set.of("flickers", "leaks", "drips", "squeaks", "rattles", "wobbles",
            "smells", "stinks", "creaks", "buzzes", "beeps", "jams", "sticks", "overflows", "flickered", "leaked");
    /** After "is", "are" or "keeps": "is leaking", "keeps beeping", "is broken". */
    private static final Set<String> STATES = Set.of("flickering", "leaking", "dripping", "squeaking", "rattling",
            "beeping", "creaking", "buzzing", "overflowing", "broken", "broke", "busted", "bust", "cracked", "stuck",
            "jammed", "loose", "wobbly", "flat", "dead", "mouldy", "moldy", "torn", "damaged", "faulty", "blocked",
            "clogged", "playing", "acting", "dying", "failing");
    private static final Set<String> BE = Set.of("is", "are", "'s", "keeps", "keep", "has", "was", "seems", "looks");
    /** After "isn't", "doesn't", "won't": "the car won't start", "the printer isn't working". */
    private static final Set<String> NEGATIONS = Set.of("isn't", "isnt", "aren't", "doesn't", "doesnt", "don't",
            "won't", "wont", "can't", "cant", "stopped");
    private static final Set<String> FAILED_VERBS = Set.of("working", "work", "start", "close", "open", "drain",
            "flush", "lock", "charge", "charging", "connect", "print", "printing", "heat", "heating", "turn", "load");
    /** Broke, broke down, died: the past tense of failing. */
    private static final Set<String> FAILED = Set.of("broke", "died");
    /** Runs out, expires: a looming date. */
    private static final Set<String> LOOMING = Set.of("expires", "expire", "expiring", "lapses", "ends", "ending");
    /** What "ends" on its own only makes a task of: "the lease ends in January", not "the film ends at 9". */
    private static final Set<String> RENEWABLE = Set.of("card", "passport", "licence", "license", "permit",
            "insurance", "lease", "contract", "subscription", "membership", "visa", "prescription", "warranty",
            "registration", "mot", "policy", "pass", "tenancy", "id", "domain", "certificate", "plan", "trial");
    private static final Set<String> PROBLEM_NOUNS = Set.of("leak", "crack", "hole", "stain", "draught", "draft",
            "drip", "damp", "mould", "mold", "puddle", "blockage", "dent", "scratch", "chip", "bulb");
    private static final Set<String> PESTS = Set.of("mice", "mouse", "rats", "rat", "ants", "wasps", "moths",
            "slugs", "cockroaches", "fleas", "nest");
    /** The writer's own state, never a thing to fix or renew. */
    private static final Set<String> NOT_THINGS = Set.of("heart", "brain", "head", "life", "mood", "mind",
            "motivation", "patience", "focus", "sleep", "time", "week", "day", "everything", "nothing", "energy",
            "back", "stomach", "anxiety", "budget", "money", "luck", "month", "year", "meeting", "film", "movie",
            "show", "party", "game", "class", "term", "season", "world");
    private static final Set<String> SUBJECT_STARTS = Set.of("the", "my", "our", "his", "her", "their", "this",
            "that", "a", "an", "kids'", "mum's", "mom's", "dad's");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "when", "if", "and", "or", "but",
            "i", "you", "we", "it", "they");
    private static final Set<String> DATE_INTROS = Set.of("in", "on", "at", "by", "this", "next", "soon", "end");

    private Problems() {
    }

    /**
     * The action a stated problem or looming date in words {@code [s, e)} calls for, or null when they state
     * neither.
     */
    static String action(List<W> words, int s, int e) {
        if (e - s < 2) {
            return null;
        }
        String w0 = words.get(s).core();
        if (w0.equals("there's") || w0.equals("theres") || w0.equals("there") && isBe(Words.core(words, s + 1))) {
            return thereIs(words, w0.equals("there") ? s + 2 : s + 1, e);
        }
        // the caller has ruled out a verb that starts an action ("clean the light that flickers")
        if (!SUBJECT_STARTS.contains(w0) && (Lexicon.SUBJECTS.contains(w0) || Lexicon.FILLER.contains(w0)
                || Lexicon.SUBORDINATORS.contains(w0))) {
            return null;
        }
        for (int p = s + 1; p < Math.min(e, s + 6); p++) {
            String w = words.get(p).core();
            String next = Words.core(words, p + 1);
            String verb = null;
            int after = p + 1;
            if (PRESENT.contains(w) || FAILED.contains(w)) {
                verb = "fix";
                if ("down".equals(next)) {
                    after++;
                }
            } else if (BE.contains(w) && next != null && STATES.contains(next)) {
                verb = next.equals("blocked") || next.equals("clogged") ? "unblock" : "fix";
                if (next.equals("dead") && subjectHas(words, s, p, Set.of("battery", "batteries", "bulb"))) {
                    verb = "replace";
                }
                after = p + 2;
            } else if ((BE.contains(w) || w.equals("it's")) && "not".equals(next)
                    && FAILED_VERBS.contains(Words.core(words, p + 2))) {
                verb = "fix";
                after = p + 3;
            } else if (NEGATIONS.contains(w) && next != null && FAILED_VERBS.contains(next)) {
                verb = "fix";
                after = p + 2;
            } else if ((w.equals("runs") || w.equals("run") || w.equals("running")) && "out".equals(next)
                    && !"of".equals(Words.core(words, p + 2))) {
                after = p + 2;
                verb = renewable(words, s, p, after, e, false);
            } else if (LOOMING.contains(w) || BE.contains(w) && next != null && LOOMING.contains(next)) {
                after = LOOMING.contains(w) ? p + 1 : p + 2;
                verb = renewable(words, s, p, after, e, words.get(after - 1).core().startsWith("end"));
            } else if (Lexicon.STATEMENT_VERBS.contains(w) || Lexicon.isVerb(w) && p > s + 1) {
                return null; // another verb first: "the car is making a noise" is not read here
            }
            if (verb != null) {
                if (subjectHas(words, s, p, NOT_THINGS) || subjectHas(words, s, p, RELATIVES)) {
                    return null;
                }
                String subject = join(words, s, p);
                String tail = verb.equals("renew") ? dateTail(words, after, e) : "";
                return verb + " " + subject + tail;
            }
        }
        return null;
    }

    /** "there's a leak under the sink" -> "fix the leak under the sink"; "there are mice in the shed". */
    private static String thereIs(List<W> words, int k, int e) {
        if (k < e && Set.of("a", "an", "some", "another").contains(words.get(k).core())) {
            k++;
        }
        if (k >= e) {
            return null;
        }
        String noun = words.get(k).core();
        String rest = join(words, k, e);
        if (PESTS.contains(noun) || k + 1 < e && PESTS.contains(words.get(k + 1).core())) {
            return "deal with the " + rest;
        }
        if (PROBLEM_NOUNS.contains(noun) || k + 1 < e && PROBLEM_NOUNS.contains(words.get(k + 1).core())) {
            return "fix the " + rest;
        }
        return null;
    }

    /** " before March" from "in March", " before Friday" from "on Friday"; empty when no date follows. */
    private static String dateTail(List<W> words, int k, int e) {
        while (k < e && Set.of("soon", "again", "already").contains(words.get(k).core())) {
            k++;
        }
        if (k >= e) {
            return "";
        }
        String w = words.get(k).core();
        if ((w.equals("in") || w.equals("on")) && k + 1 < e) {
            String next = words.get(k + 1).core();
            // "in March", "on Friday"; but "in 3 weeks" is itself the date
            if (!Character.isDigit(next.charAt(0)) || w.equals("on")) {
                k++;
            }
        } else if (w.equals("at") && "end".equals(Words.core(words, k + 2))) {
            k++; // "at the end of the month"
        } else if (w.equals("by")) {
            return " by " + join(words, k + 1, e);
        }
        return " before " + join(words, k, e);
    }

    /**
     * "renew" when the subject is something one renews (a card, a permit, a lease), or when a date follows and the
     * verb is not "ends" ("the film ends at 9" is no task); else null.
     */
    private static String renewable(List<W> words, int s, int p, int after, int e, boolean ends) {
        boolean dated = after < e && DATE_INTROS.contains(words.get(after).core());
        boolean renewable = subjectHas(words, s, p, RENEWABLE);
        return renewable || dated && !ends ? "renew" : null;
    }

    private static boolean isBe(String w) {
        return "is".equals(w) || "are".equals(w);
    }

    private static boolean subjectHas(List<W> words, int s, int p, Set<String> nouns) {
        for (int k = s; k < p; k++) {
            if (nouns.contains(words.get(k).core())) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<W> words, int from, int to) {
        W last = words.get(to - 1);
        // keep the words, not the sentence's punctuation after them
        String out = Words.join(words, from, to);
        out = out.substring(0, out.length() - last.trail().length());
        // "The bathroom light" -> "the bathroom light"; "ID card" and "Mum's car" keep their capitals
        return SUBJECT_STARTS.contains(words.get(from).core()) && !out.isEmpty()
                ? Character.toLowerCase(out.charAt(0)) + out.substring(1) : out;
    }
}
