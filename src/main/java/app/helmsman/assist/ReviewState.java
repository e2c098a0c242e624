package app.helmsman.assist;

import java.util.List;
import java.util.Objects;

/**
 * A brain dump's review as the person left it: every proposal as it was proposed and as it stands after their
 * edits, and what they decided about it. Kept by {@link BrainDumpDrafts#saveReview} so that a reload, a closed
 * tab or another device shows the same review.
 *
 * @param origin the sentence that says who proposed the tasks ("From the offline helper (no AI).")
 * @param items in the order shown; at most {@value #MAX_ITEMS}
 */
public record ReviewState(String origin, List<Item> items) {

    /** The most proposals one review holds: as many as one brain dump may save. */
    public static final int MAX_ITEMS = AssistTasks.MAX_ACCEPTED;

    /** What the person decided about one proposal. */
    public enum Decision { OPEN, ACCEPTED, REJECTED }

    /**
     * One proposal under review.
     *
     * @param proposed as the assistant proposed it
     * @param current as the person left it (equal to {@code proposed} until they edit it)
     * @param createProject whether they agreed to create the project the task names
     * @param createTags whether they agreed to create the tags they do not have yet
     */
    public record Item(Proposal proposed, Proposal current, Decision decision, boolean createProject,
                       boolean createTags) {

        public Item {
            Objects.requireNonNull(proposed, "proposed");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(decision, "decision");
        }
    }

    public ReviewState {
        origin = origin == null ? "" : origin;
        items = List.copyOf(items);
    }
}
