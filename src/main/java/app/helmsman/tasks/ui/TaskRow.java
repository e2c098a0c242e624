package app.helmsman.tasks.ui;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a {@link TaskList}, as plain elements rather than components (ADR 0024): a native checkbox (or
 * Restore / Delete forever buttons in the trash), the title as a native button, and the chips as escaped HTML
 * in one property. The row has no listeners of its own: the list listens once for clicks, changes and focus
 * and finds the row by {@code data-task-id}. A row is updated in place when its task changes, so focus inside
 * it survives a refresh. Only the list's current row is in the tab order (roving focus).
 *
 * <p>Four state nodes a row (six in the trash), where the component tree took about thirty.
 */
final class TaskRow {

    /** What the row's own controls ask the list to do. */
    interface Actions {
        void complete(TaskRow row, boolean done);

        void open(TaskRow row);

        void restore(TaskRow row);

        void deleteForever(TaskRow row);
    }

    /** The {@code data-action} of the row's controls, read by the list's one click/change listener. */
    static final String COMPLETE = "complete";
    static final String OPEN = "open";
    static final String RESTORE = "restore";
    static final String DELETE_FOREVER = "delete-forever";

    private final Element row = new Element("div");
    private final Element done;
    private final Element title = new Element("button");
    private final Element chips = new Element("div");
    private final Element restore;
    private final Element deleteForever;
    private final boolean trash;
    private TaskView task;
    private boolean current;
    private boolean selected;
    private String chipsHtml = "";
    private List<String> chipTexts = List.of();

    TaskRow(TaskView task, boolean trash) {
        this.trash = trash;
        this.task = task;
        var id = task.id().toString();
        var titleId = "hm-task-" + id;
        row.setAttribute("class", "hm-task-row");
        row.setAttribute("role", "listitem");
        row.setAttribute("data-task-id", id);
        title.setAttribute("type", "button");
        title.setAttribute("class", "hm-task-title");
        title.setAttribute("data-action", OPEN);
        title.setAttribute("id", titleId);
        // Keyboard users open details with e or Enter on the row; the button is for pointers and screen readers.
        title.setAttribute("tabindex", "-1");
        chips.setAttribute("class", "hm-task-chips");
        if (trash) {
            done = null;
            restore = button("Restore", "hm-task-restore", RESTORE, titleId);
            deleteForever = button("Delete forever", "hm-task-delete", DELETE_FOREVER, titleId);
            row.appendChild(title, chips, new Element("div").setAttribute("class", "hm-task-row-actions").appendChild(restore, deleteForever));
        } else {
            restore = null;
            deleteForever = null;
            done = new Element("input");
            done.setAttribute("type", "checkbox");
            done.setAttribute("class", "hm-task-check");
            done.setAttribute("data-action", COMPLETE);
            done.setAttribute("aria-label", "Complete");
            done.setAttribute("aria-describedby", titleId);
            row.appendChild(done, title, chips);
        }
        setCurrent(false);
    }

    Element getElement() {
        return row;
    }

    TaskView task() {
        return task;
    }

    UUID id() {
        return task.id();
    }

    /** Shows the task's current state; the elements stay, so focus inside the row is kept. */
    void show(TaskView changed, LocalDate today, Map<UUID, String> projects, UUID me) {
        task = changed;
        title.setProperty("innerHTML", escape(changed.title()));
        if (done != null) {
            done.setProperty("checked", changed.status() == Status.DONE);
        }
        var html = new StringBuilder();
        var shown = TaskChips.of(changed, today, projects, me);
        chipTexts = shown.stream().map(TaskChips.Chip::text).toList();
        for (var chip : shown) {
            html.append("<span class=\"hm-chip hm-chip-").append(chip.kind()).append("\">").append(escape(chip.text())).append("</span>");
        }
        chipsHtml = html.toString();
        showChips();
        setClass("hm-task-done", changed.status() == Status.DONE && !trash);
    }

    /** What the browser says the checkbox shows now, so a later reset is sent even if it matches the last value sent. */
    void checkedInBrowser(boolean checked) {
        if (done != null) {
            done.setProperty("checked", checked);
        }
    }

    /** Shows the row unchecked again (a completion that was cancelled or failed). */
    void resetCheckbox() {
        checkedInBrowser(task.status() == Status.DONE);
    }

    boolean isChecked() {
        return done != null && done.getProperty("checked", false);
    }

    void setCurrent(boolean isCurrent) {
        current = isCurrent;
        var index = isCurrent ? "0" : "-1";
        row.setAttribute("tabindex", index);
        if (done != null) {
            done.setAttribute("tabindex", index);
        }
        if (restore != null) {
            restore.setAttribute("tabindex", index);
            deleteForever.setAttribute("tabindex", index);
        }
        setClass("hm-task-current", isCurrent);
    }

    boolean isCurrent() {
        return current;
    }

    void setSelected(boolean isSelected) {
        if (selected == isSelected) {
            return;
        }
        selected = isSelected;
        showChips();
        setClass("hm-task-selected", isSelected);
    }

    boolean isSelected() {
        return selected;
    }

    /** The row's chip texts as shown, "Selected" first when it is selected. */
    List<String> chipTexts() {
        if (!selected) {
            return chipTexts;
        }
        var texts = new ArrayList<String>(chipTexts.size() + 1);
        texts.add("Selected");
        texts.addAll(chipTexts);
        return texts;
    }

    /** Moves keyboard focus to the row. */
    void focusRow() {
        row.callJsFunction("focus");
    }

    boolean sameTask(TaskView other) {
        return Objects.equals(task, other);
    }

    /** A trash button: its visible words are its name, the title it acts on its description (so it is read once). */
    private static Element button(String words, String className, String action, String titleId) {
        return new Element("button").setAttribute("type", "button").setAttribute("class", className).setAttribute("data-action", action)
                .setAttribute("aria-describedby", titleId).setProperty("innerHTML", words);
    }

    private void showChips() {
        var marker = selected ? "<span class=\"hm-chip hm-chip-selected\">Selected</span>" : "";
        chips.setProperty("innerHTML", marker + chipsHtml);
    }

    private void setClass(String name, boolean on) {
        row.getClassList().set(name, on);
    }

    /** Text as HTML: every character that could start markup or end an attribute is escaped. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
