package app.helmsman.assist.internal;

import app.helmsman.assist.internal.Schemas.Describe;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The shapes the model must answer in. {@link Schemas} derives the JSON schemas from these records and
 * {@link AnswerReader} reads the answers by the same component names; the answers are never bound to these records
 * directly, because every field has to be checked and repaired on its own.
 */
final class Answers {

    private Answers() {
    }

    record ExtractionAnswer(@NotNull @Describe("The tasks found in the brain dump, in the order of the text") List<TaskItem> tasks) {
    }

    record TaskItem(
            @NotNull @Describe("A short imperative title that starts with a verb, at most 200 characters") String title,
            @Describe("Context from the dump that is not the action itself; null when there is none") String notes,
            @Describe("Minutes the task may take, 1 to 1440, when stated or clearly implied") Integer estimateMinutes,
            @Describe("The energy the task needs") Energy energy,
            @Describe("The kind of attention the task needs") FocusType focus,
            @Describe("1 (urgent) to 4 (whenever), only when the dump says how important it is") Integer priority,
            @Describe("The day to do it, only when the dump states one") LocalDate doDate,
            @Describe("The time of day to do it, only when the dump states one") LocalTime doTime,
            @Describe("A deadline that may slip (\"by Friday\"), only when stated") LocalDate softDeadline,
            @Describe("A deadline that may not slip (\"must be in by Friday\"), only when stated") LocalDate hardDeadline,
            @Describe("Exactly one of the person's project names listed in the instructions, or null") String project,
            @NotNull @Describe("Tag names from the person's tags listed in the instructions, without #") List<String> tags,
            @NotNull @Describe("Zero-based indexes of earlier tasks in this list that must be done first") List<Integer> dependsOn) {
    }

    record StepsAnswer(
            @NotNull @Describe("3 to 10 concrete steps in order, each a short imperative title; the first takes under ten minutes") List<String> steps,
            @Describe("One sentence that helps the person start, or null") String guidance) {
    }

    record ClassificationAnswer(
            @Describe("The energy the task needs") Energy energy,
            @Describe("The kind of attention the task needs") FocusType focus,
            @Describe("Minutes the task may take, 1 to 1440") Integer estimateMinutes) {
    }
}
