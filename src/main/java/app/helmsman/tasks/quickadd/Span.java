package app.helmsman.tasks.quickadd;

/**
 * A half-open range {@code [start, end)} of character offsets into the text given to the parser.
 *
 * @param start offset of the first character, at least 0
 * @param end offset after the last character, at least {@code start}
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span shares at least one character with {@code other}. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
