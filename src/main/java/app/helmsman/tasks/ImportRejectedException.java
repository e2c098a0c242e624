package app.helmsman.tasks;

import app.helmsman.tasks.transfer.ImportProblem;
import java.util.List;

/**
 * A file that cannot be imported; nothing of it was saved.
 *
 * @see #problems()
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final int count;

    public ImportRejectedException(List<ImportProblem> problems, int count) {
        super(problems.isEmpty() ? "The file cannot be imported." : problems.getFirst().describe());
        this.problems = List.copyOf(problems);
        this.count = Math.max(count, problems.size());
    }

    public static ImportRejectedException of(String reason) {
        return new ImportRejectedException(List.of(new ImportProblem(0, reason)), 1);
    }

    /** The problems in file order, each with its line (at most {@link app.helmsman.tasks.transfer.Problems#MAX}). */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems there are, also beyond those listed. */
    public int count() {
        return count;
    }
}
