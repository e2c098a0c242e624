package app.helmsman.planner;

/** The block is not in the signed-in person's plan of today (it never was, or it is someone else's). */
public class PlanBlockNotFoundException extends RuntimeException {

    public PlanBlockNotFoundException() {
        super("This block is no longer in today's plan.");
    }
}
