package app.helmsman.planner;

import java.time.LocalDate;

/**
 * The person's one line about a day, from the end-of-day review.
 *
 * @param day the day in the person's time zone
 * @param text empty when they wrote nothing (it is optional)
 */
public record DayReflection(LocalDate day, String text) {
}
