package app.helmsman.assist;

/**
 * What a person did with a brain dump's proposals when they saved the review: accepted as proposed, accepted with
 * changes, rejected (or left undecided, so not saved). Bounded by the tasks one brain dump can propose.
 */
public record ReviewTally(int accepted, int edited, int rejected) {

    public ReviewTally {
        if (accepted < 0 || edited < 0 || rejected < 0 || accepted + edited + rejected > AssistTasks.MAX_ACCEPTED) {
            throw new IllegalArgumentException("A review holds between 0 and " + AssistTasks.MAX_ACCEPTED + " proposals.");
        }
    }
}
