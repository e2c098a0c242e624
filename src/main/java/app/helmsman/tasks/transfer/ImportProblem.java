package app.helmsman.tasks.transfer;

/**
 * Why a file cannot be imported: the line (row) of the file and a sentence saying what is wrong there.
 *
 * @param line the 1-based line of the file the problem is on; 0 for the file as a whole
 */
public record ImportProblem(int line, String reason) {

    /** "Line 12: ..." or the reason alone for the whole file. */
    public String describe() {
        return line > 0 ? "Line " + line + ": " + reason : reason;
    }
}
