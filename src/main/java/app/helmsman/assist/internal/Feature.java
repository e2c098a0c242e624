package app.helmsman.assist.internal;

/** The three assist features, as metric tags and in the sentences that tell the person why the offline helper answered. */
enum Feature {
    EXTRACT("extract", "so the offline helper made these."),
    BREAKDOWN("breakdown", "so the offline helper stepped in."),
    CLASSIFY("classify", "so the offline helper made this suggestion.");

    final String tag;
    private final String ending;

    Feature(String tag, String ending) {
        this.tag = tag;
        this.ending = ending;
    }

    /** "The AI provider did not answer in time" becomes "The AI provider did not answer in time, so the ...". */
    String because(String cause) {
        return cause + ", " + ending;
    }
}
