package app.helmsman.tasks.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Reads typed values from text cells; a bad cell adds a problem naming the column and returns null. */
final class Cells {

    private final Problems problems;

    Cells(Problems problems) {
        this.problems = problems;
    }

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    Integer integer(int line, String column, String cell, String expected) {
        if (text(cell) == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            problems.add(line, column + " must be " + expected + ", not \"" + cell.strip() + "\".");
            return null;
        }
    }

    LocalDate date(int line, String column, String cell) {
        if (text(cell) == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            problems.add(line, column + " must be a date written as YYYY-MM-DD, not \"" + cell.strip() + "\".");
            return null;
        }
    }

    LocalTime time(int line, String column, String cell) {
        if (text(cell) == null) {
            return null;
        }
        try {
            return LocalTime.parse(cell.strip());
        } catch (DateTimeParseException e) {
            problems.add(line, column + " must be a time written as HH:MM (24 hours), not \"" + cell.strip() + "\".");
            return null;
        }
    }

    Instant instant(int line, String column, String cell) {
        if (text(cell) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(cell.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(line, column + " must be a moment written as 2026-03-01T09:30:00Z, not \"" + cell.strip() + "\".");
            return null;
        }
    }

    <E extends Enum<E>> E constant(int line, String column, String cell, Class<E> type) {
        if (text(cell) == null) {
            return null;
        }
        var wanted = cell.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problems.add(line, column + " must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                + ", not \"" + cell.strip() + "\".");
        return null;
    }
}
