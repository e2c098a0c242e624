package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.DateFormats;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The calm chips of a task row, as words (never colour alone): do date, deadline in words, estimate,
 * energy, priority, project, assignee, tags, waiting, subtask progress. A day that passed is "carried over", never
 * "overdue".
 */
final class TaskChips {

    /** One chip: its text and a style hint (the style never carries meaning the text does not). */
    record Chip(String text, String kind) {
    }

    private TaskChips() {
    }

    static List<Chip> of(TaskView task, LocalDate today, Map<UUID, String> projectNames, UUID me) {
        var chips = new ArrayList<Chip>();
        if (task.deletedAt() == null && task.status() == Status.DONE) {
            chips.add(new Chip("Done", "status"));
        } else if (task.status() == Status.IN_PROGRESS) {
            chips.add(new Chip("In progress", "status"));
        } else if (task.status() == Status.BLOCKED) {
            chips.add(new Chip("Blocked", "status"));
        }
        if (task.waiting()) {
            chips.add(new Chip("Waiting", "waiting"));
        }
        if (task.doDate() != null) {
            chips.add(new Chip(doDate(task, today), task.rolledOver() ? "carried" : "date"));
        }
        if (task.hardDeadline() != null) {
            chips.add(new Chip("Deadline " + relative(task.hardDeadline(), today), "deadline"));
        } else if (task.softDeadline() != null) {
            chips.add(new Chip(aim(task.softDeadline(), today), "deadline"));
        }
        if (task.estimateMinutes() != null) {
            chips.add(new Chip(duration(task.estimateMinutes()), "estimate"));
        }
        if (task.energy() != null) {
            chips.add(new Chip(capitalised(task.energy().name()) + " energy", "energy"));
        }
        if (task.priority() < 4) {
            chips.add(new Chip("Priority " + task.priority(), "priority"));
        }
        if (task.projectId() != null && projectNames.containsKey(task.projectId())) {
            chips.add(new Chip(projectNames.get(task.projectId()), "project"));
        }
        if (task.assigneeId() != null) {
            chips.add(new Chip(task.assigneeId().equals(me) ? "Assigned to you" : "Assigned to someone else", "assignee"));
        }
        task.tags().forEach(tag -> chips.add(new Chip("#" + tag, "tag")));
        if (task.childrenTotal() > 0) {
            chips.add(new Chip(task.childrenDone() + " of " + task.childrenTotal() + " subtasks done", "progress"));
        }
        if (task.recurring()) {
            chips.add(new Chip("Repeats", "repeats"));
        }
        return chips;
    }

    static String doDate(TaskView task, LocalDate today) {
        var time = task.doTime() == null ? "" : " " + DateFormats.time(task.doTime());
        if (task.rolledOver()) {
            return "Carried over from " + day(task.doDate(), today);
        }
        return day(task.doDate(), today) + time;
    }

    /** "today", "tomorrow", "in 3 days", "was yesterday", "was 4 days ago", or a date further away. */
    static String relative(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        } else if (days == 1) {
            return "tomorrow";
        } else if (days > 1 && days <= 13) {
            return "in " + days + " days";
        } else if (days == -1) {
            return "was yesterday";
        } else if (days < 0 && days >= -13) {
            return "was " + -days + " days ago";
        }
        return (days < 0 ? "was " : "on ") + DateFormats.day(date);
    }

    /** "Today", "Tomorrow", "Yesterday" or "Mon 7 Dec". */
    static String day(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "Today";
        } else if (days == 1) {
            return "Tomorrow";
        } else if (days == -1) {
            return "Yesterday";
        }
        return DateFormats.day(date);
    }

    /** The soft deadline: "Aim for today", "Aim for Sun 20 Dec"; a passed one calmly, "Aimed for yesterday". */
    static String aim(LocalDate date, LocalDate today) {
        var day = day(date, today);
        var words = day.equals("Today") || day.equals("Tomorrow") || day.equals("Yesterday") ? day.toLowerCase(Locale.ROOT) : day;
        return (date.isBefore(today) ? "Aimed for " : "Aim for ") + words;
    }

    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
