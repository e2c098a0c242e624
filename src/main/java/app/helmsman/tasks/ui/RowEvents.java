package app.helmsman.tasks.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The one set of listeners a {@link TaskList} has for all its rows (ADR 0024): a click on a row's button, a change
 * of its checkbox and focus entering it each arrive once, on the list, with the row's {@code data-task-id} and the
 * control's {@code data-action} as event data. Rows themselves have no listeners. What the browser sends is not
 * trusted: an id that is not a row of this list, or an unknown action, is ignored.
 */
final class RowEvents {

    static final String ROW_ID = "(function(r){return r ? r.dataset.taskId : null;})(event.target.closest('[data-task-id]'))";
    static final String ACTION = "(function(a){return a ? a.dataset.action : null;})(event.target.closest('[data-action]'))";
    static final String CHECKED = "!!event.target.checked";
    static final String CLICK_FILTER = "!!event.target.closest('button[data-action]')";
    static final String CHANGE_FILTER = "event.target.matches('input[data-action]')";

    private RowEvents() {
    }

    static void install(Element body, TaskList list, TaskRow.Actions actions, Runnable focusIn) {
        body.addEventListener("focusin", event -> {
            focusIn.run();
            var row = rowOf(list, event);
            if (row != null) {
                list.makeCurrent(row.id(), false);
            }
        }).addEventData(ROW_ID);
        body.addEventListener("click", event -> {
            var row = rowOf(list, event);
            if (row == null) {
                return;
            }
            switch (text(event, ACTION)) {
                case TaskRow.OPEN -> actions.open(row);
                case TaskRow.RESTORE -> actions.restore(row);
                case TaskRow.DELETE_FOREVER -> actions.deleteForever(row);
                case null, default -> {
                }
            }
        }).addEventData(ROW_ID).addEventData(ACTION).setFilter(CLICK_FILTER);
        body.addEventListener("change", event -> {
            var row = rowOf(list, event);
            if (row == null || !TaskRow.COMPLETE.equals(text(event, ACTION))) {
                return;
            }
            var checked = event.getEventData().path(CHECKED).asBoolean(false);
            row.checkedInBrowser(checked);
            actions.complete(row, checked);
        }).addEventData(ROW_ID).addEventData(ACTION).addEventData(CHECKED).setFilter(CHANGE_FILTER);
    }

    private static TaskRow rowOf(TaskList list, DomEvent event) {
        var id = text(event, ROW_ID);
        if (id == null) {
            return null;
        }
        try {
            return list.row(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String text(DomEvent event, String key) {
        JsonNode node = event.getEventData().get(key);
        return node == null || !node.isString() ? null : node.asString();
    }
}
