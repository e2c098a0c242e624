package app.helmsman.planner.engine;

import app.helmsman.planner.engine.PlanInput.Level;
import java.util.List;

/** The person's energy for each hour of the day, 0-23, in their own time zone. */
public record EnergyProfile(List<Level> hours) {

    public EnergyProfile {
        hours = List.copyOf(hours);
        if (hours.size() != 24) {
            throw new IllegalArgumentException("An energy profile has 24 hours, not " + hours.size());
        }
    }

    public Level at(int hour) {
        return hours.get(hour);
    }
}
