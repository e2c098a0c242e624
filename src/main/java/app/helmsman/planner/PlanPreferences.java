package app.helmsman.planner;

import app.helmsman.planner.engine.PlanInput.Level;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person's planner settings (bounds in the constants; {@link PlannerService#savePreferences} enforces them).
 *
 * @param energy the energy of each hour 0-23 in the person's zone (24 entries)
 * @param energyCustomised false while the profile is derived from the energy peak in Settings
 * @param workingDays days the planner plans without being asked (Plan my day plans any day)
 * @param breakMinutes a break after each block
 * @param capacityMinutes most planned work a day
 * @param capacityTasks most different tasks a day
 * @param maxChunkMinutes a longer task is split into chunks of at most this
 * @param defaultEstimateMinutes assumed for a task without an estimate (shown as a guess)
 */
public record PlanPreferences(List<Level> energy, boolean energyCustomised, Set<DayOfWeek> workingDays, int breakMinutes, int capacityMinutes,
                              int capacityTasks, int maxChunkMinutes, int defaultEstimateMinutes) {

    public static final int BREAK_MIN = 0;
    public static final int BREAK_MAX = 60;
    public static final int CAPACITY_MINUTES_MIN = 30;
    public static final int CAPACITY_MINUTES_MAX = 960;
    public static final int CAPACITY_TASKS_MIN = 1;
    public static final int CAPACITY_TASKS_MAX = 30;
    public static final int CHUNK_MIN = 15;
    public static final int CHUNK_MAX = 240;
    public static final int ESTIMATE_MIN = 5;
    public static final int ESTIMATE_MAX = 240;

    public PlanPreferences {
        energy = List.copyOf(energy);
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
    }

    /** The defaults: Monday to Friday, 10 minute breaks, 6 h and 8 tasks a day, 90 minute chunks, 30 minute guesses. */
    public static PlanPreferences defaults(List<Level> energy) {
        return new PlanPreferences(energy, false, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 360, 8, 90, 30);
    }
}
