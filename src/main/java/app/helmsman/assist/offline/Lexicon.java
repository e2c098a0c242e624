package app.helmsman.assist.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English word lists the extractor and the breakdown share. All lookups take lower-case words with straight
 * apostrophes. The verb list holds base forms of verbs that start tasks; it leaves out verbs of feeling and
 * thinking ("love", "think", "wish") so that "love this song" is not read as a task.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final Set<String> VERBS = Set.copyOf(List.of((""
            + "accept add adjust answer apply approve archive arrange ask assemble attach attend audit back backup "
            + "bake bathe bike "
            + "block boil book borrow bring browse brush budget build bump buy calculate call cancel catch change "
            + "charge chase check chip choose chop claim clean clear close collect comment compare complete compose "
            + "confirm connect contact convert cook copy correct count cover create cut deal debug declutter "
            + "decide decorate defrost delete deliver deploy deposit design dig discuss dispose do donate download "
            + "draft drain draw drink drive drop dry dust edit eat email e-mail empty enrol enroll enter estimate "
            + "exchange exercise expense export feed fetch figure file fill finalise finalize find finish fix "
            + "flip fold follow format forward frame freeze gather get give go google grab greet grill grind "
            + "hand handle hang have help hire hoover host hug implement import inform install invite invoice iron "
            + "join jog label launch learn leave lend let list load lock log look mail make manage map mark measure "
            + "meditate meet melt mend merge message migrate mop move mow name negotiate note notify open order "
            + "organise organize outline pack paint pass pay phone pick pin plan plant play polish post practice "
            + "practise pray prep prepare present print process proofread prune publish pull purchase push put "
            + "queue quote raise rake read rebook rebuild recharge record recycle redo reduce refactor refill "
            + "refund register reinstall release reload remind remove renew rent reorganise reorganize repair "
            + "repaint repeat replace reply report request research reschedule reserve reset resign resolve "
            + "respond rest restart resubmit return review revise rewrite ring rinse rsvp run sand save scan "
            + "schedule scrub search sell send sew set share shave ship shop shower shred sign simplify sketch "
            + "skype slack sleep sort speak spray start stop store stretch study submit subscribe sweep swim "
            + "switch take talk tell test text thank throw tidy top track train transfer translate trim try turn "
            + "tweak type unblock unpack unsubscribe update upgrade upload vacuum verify visit vote wake walk "
            + "wash watch water wax weed weigh wipe withdraw work wrap write zoom ride fly hike climb carry lift "
            + "pump plug unplug tune shovel interview onboard demo pitch celebrate restock stock groom trim "
            + "dye sing dance bring knit bookmark photograph vaccinate ship collect").split(" ")));

    /** Verbs that make sense on their own ("run", "rest"), so a one-word clause after "and" still splits. */
    static final Set<String> INTRANSITIVE = Set.of("exercise", "meditate", "rest", "run", "sleep", "jog", "swim",
            "stretch", "shower", "pray", "shave", "study", "vote", "relax", "unpack", "pack", "cook", "dust",
            "vacuum", "hoover");

    /** Words that only carry the mood of the writer; a clause made of them alone is dropped. */
    static final Set<String> FILLER = Set.of("ok", "okay", "k", "so", "um", "umm", "uh", "uhh", "er", "erm", "oh",
            "ah", "hmm", "hm", "well", "yeah", "yep", "yes", "no", "nope", "right", "anyway", "anyways", "btw",
            "also", "plus", "and", "but", "omg", "ugh", "ughh", "ughhh", "argh", "lol", "lmao", "haha", "hahaha",
            "idk", "meh", "sigh", "whatever", "like", "honestly", "seriously", "basically", "literally", "just",
            "pls", "please", "todo", "to-do", "maybe", "perhaps", "probably", "prob", "definitely", "def", "really",
            "still", "actually", "wow", "ffs", "damn", "dammit", "jeez", "gosh", "help", "aaa", "aaaa", "aaah",
            "ahh", "oof", "yikes", "tbh", "imo", "fml", "smh", "wtf", "then", "next", "first", "firstly",
            "second", "secondly", "third", "thirdly", "finally", "lastly", "afterwards", "afterward", "etc",
            "stuff", "things", "thing", "brain", "dump", "time", "now", "again", "too", "hey", "hi", "sorry",
            "thanks", "ty", "xx", "x", "xo", "mood", "same", "nvm", "nevermind", "ok so", "alright", "right so", "not");

    /** Leading words and phrases that are filler before the action ("ok so", "oh and", "just"). */
    static final Set<String> LEADING_FILLER = Set.of("ok", "okay", "so", "um", "umm", "uh", "er", "erm", "oh", "ah",
            "hmm", "hm", "well", "yeah", "yes", "right", "anyway", "anyways", "btw", "also", "plus", "and", "but",
            "omg", "ugh", "ughh", "argh", "lol", "honestly", "seriously", "basically", "literally", "just", "pls",
            "please", "todo", "to-do", "maybe", "perhaps", "probably", "prob", "definitely", "def", "really",
            "still", "actually", "first", "firstly", "second", "secondly", "third", "thirdly", "finally",
            "lastly", "alright", "hey", "oo", "ooh", "wait", "now", "tbh", "imo", "idk", "like", "or");

    /** Leading connectors that make the clause follow the previous one. */
    static final Set<String> SEQUENCE = Set.of("then", "next", "afterwards", "afterward");

    /** Adverbs that may sit inside an intention: "I really need to", "should probably". */
    static final Set<String> ADVERBS = Set.of("really", "also", "definitely", "def", "probably", "prob", "seriously",
            "still", "totally", "just", "actually", "absolutely", "urgently", "finally", "honestly", "quickly",
            "literally", "badly", "so", "too", "then", "maybe", "desperately");

    /** Modal or intention words that, after "I" or on their own, start a first-person intention. */
    static final Set<String> INTENTION = Set.of("need", "have", "gotta", "got", "gonna", "must", "should",
            "shud", "ought", "want", "wanna", "will", "plan", "planning", "mean", "promised", "going", "supposed",
            "hope", "hoping", "intend", "try", "trying", "forgot", "would", "'d", "'ll", "keep", "better",
            "can't", "cant");

    /** Words that start a statement rather than an action. */
    static final Set<String> SUBJECTS = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "it", "it's", "its",
            "there", "there's", "theres", "they", "they're", "theyre", "we", "we're", "were", "we've", "he",
            "she", "he's", "she's", "hes", "shes", "you", "you're", "youre", "this", "that", "that's", "thats",
            "these", "those", "everything", "nothing", "everyone", "someone", "somebody", "nobody", "today",
            "yesterday", "tonight's", "my", "our", "his", "her", "their", "who", "which", "here", "here's");

    /** Verbs that, early in a clause that does not start with a verb, make it a statement. */
    static final Set<String> STATEMENT_VERBS = Set.of("is", "are", "was", "were", "isn't", "aren't", "wasn't",
            "weren't", "been", "seems", "seem", "feels", "feel", "looks", "went", "came", "lands", "arrives",
            "wants", "keeps", "broke", "has", "had", "hasn't", "hadn't", "won't", "doesn't", "didn't", "said",
            "says", "thinks", "called", "texted", "emailed", "sent", "asked", "told", "got", "did", "made",
            "starts", "started", "ends", "ended", "happened", "leaves", "left", "comes", "goes", "runs", "works",
            "can", "could", "will", "would", "might", "may", "should", "must", "do", "does", "'s");

    /** Words that begin a question when they come first. */
    static final Set<String> WH = Set.of("what", "why", "how", "where", "who", "whose", "which", "wtf", "whats",
            "what's", "hows", "how's", "why's");

    /** Auxiliaries that, followed by a subject, make an inverted question ("should I ...", "is it ..."). */
    static final Set<String> AUXILIARIES = Set.of("should", "do", "does", "did", "can", "could", "would", "will",
            "is", "are", "am", "was", "were", "have", "has", "shall", "may", "might");

    /** Subjects after an auxiliary in an inverted question. */
    static final Set<String> QUESTION_SUBJECTS = Set.of("i", "we", "you", "it", "he", "she", "they", "there",
            "this", "that", "anyone", "someone", "my", "the");

    /** First words of a sentence about the writer's state, never a task and never a note on its own. */
    static final Set<String> FEELING_STARTS = Set.of("i'm", "im", "i am", "i feel", "i felt", "feeling", "i hate",
            "i love", "i wish", "i can't", "i cant", "i don't", "i dont", "i do not", "i just", "i keep", "i've been",
            "ive been", "i was", "i think", "i guess", "i hope", "so tired", "so done", "i'm so", "idk",
            "i dunno", "dunno", "why me", "kill me", "send help", "i literally", "i honestly", "i really don't",
            "i have no idea", "no idea", "not sure", "i'm not sure", "i miss", "i need a break", "i need sleep",
            "too much", "so much", "everything is", "everything's", "life is", "my brain", "brain is", "what a",
            "i forgot", "i keep forgetting");

    /** Subordinators after which a comma ends the condition, not a list item. */
    static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "unless", "once", "after", "before",
            "while", "since", "because", "although", "though", "until", "till", "as");

    /** Words whose following date must not be parsed as the task's date ("email Sam about Friday"). */
    static final Set<String> DATE_SHIELDS = Set.of("about", "regarding", "re", "re:", "from", "since", "of",
            "for", "last", "than", "after", "until", "till", "like");

    /** Mass nouns that read badly with "the" added in a breakdown step. */
    static final Set<String> MASS_NOUNS = Set.of("milk", "bread", "water", "coffee", "tea", "food", "laundry",
            "homework", "paperwork", "money", "rice", "time", "stuff", "mail", "email", "trash", "garbage",
            "rubbish", "recycling", "groceries", "shopping", "dinner", "lunch", "breakfast", "washing", "ironing",
            "admin", "taxes", "feedback", "research", "music", "information", "advice", "help", "cash", "fuel",
            "gas", "petrol", "insurance", "post", "everything", "something", "anything", "dishes", "clothes",
            "notes");

    /** Words that start a noun phrase with its own determiner; no "the" is added before them. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "your", "our", "his", "her", "their",
            "its", "this", "that", "these", "those", "some", "any", "all", "every", "each", "both", "no", "one",
            "two", "three", "few", "more", "most", "another", "other", "it", "them", "him", "me", "us", "up",
            "out", "off", "down", "back", "in", "on", "at", "to", "for", "with", "about", "from", "over",
            "through", "everything", "something", "anything", "new", "old");

    /** Subjects of the verb after them ("when she calls", "kids eat"), so that verb starts no new action. */
    static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "they", "we", "you", "it", "who",
            "that", "which", "this", "kids", "mom", "mum", "dad");

    private static final Map<String, String> IRREGULAR = new HashMap<>();

    static {
        String[] pairs = ("done:finish sent:send paid:pay bought:buy made:make written:write wrote:write "
                + "got:get gotten:get built:build found:find sold:sell taken:take took:take given:give gave:give "
                + "brought:bring told:tell spoken:speak read:read set:set put:put cut:cut fixed:fix sorted:sort "
                + "booked:book signed:sign finished:finish submitted:submit shipped:ship planned:plan dropped:drop "
                + "mopped:mop scanned:scan shopped:shop swept:sweep hung:hang run:run ran:run left:leave "
                + "filled:fill emailed:email called:call cleaned:clean ready:finish complete:finish "
                + "completed:finish finalised:finalise finalized:finalize over:finish "
                + "hoovered:hoover ironed:iron packed:pack").split(" ");
        for (String pair : pairs) {
            int colon = pair.indexOf(':');
            IRREGULAR.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
    }

    static boolean isVerb(String word) {
        return word != null && VERBS.contains(word);
    }

    /**
     * The base form of a past participle ({@code "booked" -> "book"}, {@code "done" -> "do"}) or a gerund
     * ({@code "finishing" -> "finish"}), or null when the word is neither or its base is not a known verb.
     */
    static String base(String word) {
        if (word == null) {
            return null;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (String suffix : new String[] {"ing", "ed"}) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (isVerb(stem)) {
                    return stem;
                }
                if (isVerb(stem + "e")) {
                    return stem + "e";
                }
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && isVerb(stem.substring(0, n - 1))) {
                    return stem.substring(0, n - 1);
                }
                if (suffix.equals("ed") && stem.endsWith("i") && isVerb(stem.substring(0, n - 1) + "y")) {
                    return stem.substring(0, n - 1) + "y";
                }
            }
        }
        return null;
    }
}
