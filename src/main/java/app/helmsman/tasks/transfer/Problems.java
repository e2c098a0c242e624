package app.helmsman.tasks.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, so that a person sees all of them at once (up to {@value #MAX}). */
public final class Problems {

    /** Listing more than this many problems helps nobody: the file is probably of another kind. */
    public static final int MAX = 100;

    private final List<ImportProblem> problems = new ArrayList<>();
    private int count;

    public void add(int line, String reason) {
        count++;
        if (problems.size() < MAX) {
            problems.add(new ImportProblem(line, reason));
        }
    }

    public boolean any() {
        return count > 0;
    }

    /** The first {@value #MAX} problems in file order. */
    public List<ImportProblem> list() {
        return problems.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }

    /** How many there are, also beyond those listed. */
    public int count() {
        return count;
    }
}
