package app.helmsman.accounts;

import app.helmsman.shared.ui.Appearance;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A person's settings.
 *
 * @param timeZone the zone days are computed in; null until detected from the browser or chosen
 * @param appearance theme, reduced motion and text size
 * @param workStart start of working hours (the planner plans inside them)
 * @param workEnd end of working hours, after {@code workStart}
 * @param energyPeak when the person usually has most energy (the planner's energy profile)
 */
public record UserSettings(String displayName, ZoneId timeZone, Appearance appearance, LocalTime workStart, LocalTime workEnd,
                           EnergyPeak energyPeak) {

    public enum EnergyPeak {
        MORNING("Morning"), AFTERNOON("Afternoon"), EVENING("Evening");

        private final String label;

        EnergyPeak(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
