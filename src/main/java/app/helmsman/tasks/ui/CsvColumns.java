package app.helmsman.tasks.ui;

import app.helmsman.tasks.transfer.TaskCsv;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H2;
import java.util.Map;

/** The CSV columns, explained where people import and export (docs/notes/dataio.md says the same). */
final class CsvColumns extends Section {

    static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("id", "Any text that names the row, so that parent_id and blocked_by can refer to it. New ids are given on import."),
            Map.entry("title", "The task. The only column an import needs."),
            Map.entry("notes", "Longer text; may span several lines inside quotes."),
            Map.entry("status", "TODO, IN_PROGRESS, BLOCKED or DONE (empty: TODO)."),
            Map.entry("priority", "1 (highest) to 4 (empty: 4)."),
            Map.entry("energy", "LOW, MEDIUM or HIGH."),
            Map.entry("focus", "CREATIVE, TECHNICAL, ADMINISTRATIVE or SOCIAL."),
            Map.entry("estimate_minutes", "Whole minutes, up to a week."),
            Map.entry("actual_minutes", "Whole minutes, up to a week."),
            Map.entry("do_date", "When you plan to do it: YYYY-MM-DD."),
            Map.entry("do_time", "Time of day, HH:MM (24 hours); needs a do_date."),
            Map.entry("soft_deadline", "YYYY-MM-DD."),
            Map.entry("hard_deadline", "YYYY-MM-DD."),
            Map.entry("project", "Project name; one of yours with that name is used, otherwise it is created. Subtasks live in their parent's project."),
            Map.entry("area", "Area of the project, matched or created by name."),
            Map.entry("tags", "Tag names separated by spaces; matched by name (ignoring case) or created."),
            Map.entry("parent_id", "The id of the row this task is a subtask of."),
            Map.entry("blocked_by", "Ids of the rows this task waits for, separated by spaces."),
            Map.entry("recurrence_rule", "An iCalendar RRULE such as FREQ=WEEKLY;BYDAY=MO."),
            Map.entry("recurrence_mode", "FIXED (on schedule) or AFTER_COMPLETION."),
            Map.entry("created_at", "A moment such as 2026-03-01T09:30:00Z (empty: the time of the import)."),
            Map.entry("completed_at", "A moment; only for DONE tasks."),
            Map.entry("deleted_at", "A moment; the task goes to the trash."));

    CsvColumns() {
        add(new H2("CSV columns"));
        add(new Paragraph("UTF-8, comma-separated, with a header row; cells with commas, quotes or line breaks in double quotes. "
                + "Columns may come in any order and all but title may be left out. A cell that starts with an apostrophe "
                + "followed by = + - or @ loses the apostrophe (the export adds it so spreadsheets do not run the cell as a formula)."));
        var list = new DescriptionList();
        for (var column : TaskCsv.COLUMNS) {
            list.add(new DescriptionList.Term(new Code(column)), new DescriptionList.Description(MEANING.get(column)));
        }
        var details = new Details("Show the columns", list);
        add(details);
    }
}
