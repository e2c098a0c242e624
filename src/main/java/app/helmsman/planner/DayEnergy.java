package app.helmsman.planner;

/** How today feels: a LOW day shrinks the plan (less time, fewer tasks) and lowers every hour's energy one step. */
public enum DayEnergy {
    NORMAL("Normal day"), LOW("Low day");

    private final String label;

    DayEnergy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
