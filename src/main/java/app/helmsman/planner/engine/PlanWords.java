package app.helmsman.planner.engine;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The plan's words: durations, deadlines, lists of titles. Calm and factual: lateness is a date, not a verdict. */
final class PlanWords {

    /** Titles in reasons are cut to this length so one long title cannot swallow the sentence. */
    static final int TITLE_WORDS_MAX = 60;

    private PlanWords() {
    }

    /** "45 min", "1 h", "1 h 30 min". */
    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** "'Get quote'", cut with an ellipsis when long. */
    static String quoted(String title) {
        String text = title == null || title.isBlank() ? "untitled task" : title.strip();
        if (text.length() > TITLE_WORDS_MAX) {
            text = text.substring(0, TITLE_WORDS_MAX - 1).stripTrailing() + "…";
        }
        return "'" + text + "'";
    }

    /** "'A'", "'A' and 'B'", "'A', 'B' and 'C'", "'A', 'B', 'C' and 2 more". */
    static String titles(List<String> titles) {
        int shown = Math.min(titles.size(), titles.size() > 4 ? 3 : 4);
        var quoted = titles.stream().limit(shown).map(PlanWords::quoted).toList();
        int more = titles.size() - shown;
        if (more > 0) {
            return String.join(", ", quoted) + " and " + more + " more";
        }
        if (quoted.size() == 1) {
            return quoted.getFirst();
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.getLast();
    }

    /** A date relative to the planned day: "today", "tomorrow", "yesterday", "Friday", "3 Dec", "3 Dec 2027". */
    static String relativeDay(LocalDate date, LocalDate day) {
        long days = ChronoUnit.DAYS.between(day, date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (days > 1 && days < 7) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        String dayMonth = date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return date.getYear() == day.getYear() ? dayMonth : dayMonth + " " + date.getYear();
    }

    /** "due Friday" for a hard deadline, "aiming for Friday" for a soft one, or null without either. */
    static String deadline(PlanInput.Candidate candidate, LocalDate day) {
        if (candidate.hardDeadline() != null) {
            return "due " + relativeDay(candidate.hardDeadline(), day);
        }
        if (candidate.softDeadline() != null) {
            return "aiming for " + relativeDay(candidate.softDeadline(), day);
        }
        return null;
    }

    /** "morning", "afternoon", "evening" or "night" for a local hour. */
    static String partOfDay(int hour) {
        if (hour < 5) {
            return "night";
        }
        if (hour < 12) {
            return "morning";
        }
        if (hour < 17) {
            return "afternoon";
        }
        return hour < 22 ? "evening" : "night";
    }

    /** Joins parts into one sentence: "High-energy morning slot; due Friday; part 2 of 3". */
    static String sentence(List<String> parts) {
        String joined = String.join("; ", parts);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
