package app.helmsman.loadtest;

import java.util.List;
import java.util.Optional;

/**
 * Everything the driver knows about how a task row looks, in one place so it can follow the views: a row is an
 * element with {@code data-task-id}; its complete control is a checkbox (or an element with role checkbox / an
 * aria-label starting "Complete") and its title a clickable element ({@code hm-task-title}) inside it. Rows whose
 * controls have no listener of their own (one delegated listener on the list) are driven by an event on the
 * nearest listening ancestor, with event data naming the task id.
 */
final class TaskRows {

    /** The names a delegated listener may read the task id and the intent from. */
    static final String DATA_TASK_ID = "event.target.closest('[data-task-id]').dataset.taskId";

    private final UidlSession session;

    TaskRows(UidlSession session) {
        this.session = session;
    }

    List<UiTree.Node> rows() {
        return session.tree().find(n -> n.attribute("data-task-id") != null).toList();
    }

    /** Completes the row's task; false if this row offers no way to. */
    boolean complete(UiTree.Node row) {
        var tree = session.tree();
        var checkbox = tree.find(n -> isInside(n, row) && isCompleteControl(n)).findFirst();
        if (checkbox.isEmpty()) {
            return false;
        }
        var control = checkbox.get();
        if (control.listensTo("checked-changed") || "vaadin-checkbox".equals(control.tag)) {
            session.sync(control, "checked", true);
            return true;
        }
        if ("input".equals(control.tag) && !control.listensTo("change")) {
            // a plain checkbox whose list listens for "change" on behalf of every row
            return delegate(control, row, "change", "complete");
        }
        return clickOrDelegate(control, row, "complete");
    }

    /** Opens the row's task details; false if this row offers no way to. */
    boolean open(UiTree.Node row) {
        var tree = session.tree();
        var title = tree.find(n -> isInside(n, row) && n != row && (n.hasClass("hm-task-title") || "button".equals(n.attribute("role"))
                && !isCompleteControl(n))).findFirst();
        return title.isPresent() && clickOrDelegate(title.get(), row, "open");
    }

    private boolean clickOrDelegate(UiTree.Node control, UiTree.Node row, String intent) {
        if (control.listensTo("click")) {
            session.click(control);
            return true;
        }
        return delegate(control, row, "click", intent);
    }

    private boolean delegate(UiTree.Node control, UiTree.Node row, String event, String intent) {
        Optional<UiTree.Node> listening = session.tree().closest(control, n -> n.listensTo(event));
        if (listening.isEmpty()) {
            return false;
        }
        var data = UidlSession.JSON.createObjectNode();
        var id = row.attribute("data-task-id");
        var spec = session.tree().listenerSpec(listening.get(), event);
        // Fill every expression the delegated listener reads that looks like a task id, an action name or a checked state.
        if (spec != null && spec.isObject()) {
            spec.propertyNames().forEach(key -> {
                var lower = key.toLowerCase();
                if (lower.contains("dataset.taskid") || lower.contains("task-id") && !lower.contains("closest('button")) {
                    data.put(key, id);
                } else if (lower.contains("dataset.action") || lower.contains("intent")) {
                    data.put(key, intent);
                } else {
                    // a filter ("is this a row's control?") or a state such as "checked": as a person's click makes them
                    data.put(key, true);
                }
            });
        }
        data.put(DATA_TASK_ID, id);
        session.fire(listening.get(), event, data);
        return true;
    }

    private static boolean isCompleteControl(UiTree.Node n) {
        var label = String.valueOf(n.attribute("aria-label"));
        return "vaadin-checkbox".equals(n.tag) || "checkbox".equals(n.attribute("role")) || label.startsWith("Complete");
    }

    private boolean isInside(UiTree.Node node, UiTree.Node ancestor) {
        return session.tree().closest(node, n -> n == ancestor).isPresent();
    }
}
