package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a list of 50 rows costs a session on the server, counted without timing (ADR 0024): state nodes (each one
 * an element or text node the server keeps and syncs) and DOM event listeners. Rows of components (a Checkbox, a
 * Button and chip Spans each) took 769 nodes and 378 listeners (350 of them in rows) for this list; rows of plain
 * elements with one delegated listener per list (and the bulk bar built on the first selection) take 209 nodes and
 * 22 listeners, none in a row.
 */
class TaskListWeightViewTest extends TaskViewTestSupport {

    @Test
    void a_list_of_fifty_rows_is_a_few_state_nodes_a_row_and_its_listeners_do_not_grow_with_rows() {
        for (int i = 1; i <= TaskList.PAGE; i++) {
            create(TaskDraft.titled("Task " + i).withDoDate(TODAY).withEstimate(15).withPriority(2).withTags("home"));
        }
        UI.getCurrent().navigate(InboxView.class);
        var list = list();
        assertThat(list.ids()).hasSize(TaskList.PAGE);

        int nodes = count(list.getElement().getNode());
        int listeners = listeners(list.getElement().getNode());
        int rowListeners = list.ids().stream().mapToInt(id -> listeners(list.row(id).getElement().getNode())).sum();
        int uiNodes = count(UI.getCurrent().getElement().getNode());
        System.out.printf("50-row list: %d state nodes, %d DOM listeners (%d inside rows); whole UI: %d state nodes%n",
                nodes, listeners, rowListeners, uiNodes);

        assertThat(rowListeners).as("listeners inside the rows").isZero();
        assertThat(listeners).as("DOM listeners of the whole list").isLessThanOrEqualTo(30);
        assertThat(nodes).as("state nodes of a 50-row list").isLessThanOrEqualTo(6 * TaskList.PAGE);
    }

    private static int count(StateNode root) {
        int[] n = {0};
        root.visitNodeTree(node -> n[0]++);
        return n[0];
    }

    /** DOM listeners registered anywhere under a node (components' own listeners are DOM listeners too). */
    private static int listeners(StateNode root) {
        int[] n = {0};
        root.visitNodeTree(node -> {
            if (node.hasFeature(ElementListenerMap.class)) {
                node.getFeatureIfInitialized(ElementListenerMap.class).ifPresent(map -> n[0] += size(map));
            }
        });
        return n[0];
    }

    @SuppressWarnings("unchecked")
    private static int size(ElementListenerMap map) {
        try {
            Field field = ElementListenerMap.class.getDeclaredField("listeners");
            field.setAccessible(true);
            var byType = (Map<String, List<?>>) field.get(map);
            return byType == null ? 0 : byType.values().stream().mapToInt(List::size).sum();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Flow's listener map changed; count listeners another way", e);
        }
    }

}
