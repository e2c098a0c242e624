package app.helmsman.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** The rows of one group of a {@link TaskList} (e.g. one day of Upcoming), under a heading when it has a name. */
final class TaskGroup extends Div {

    private final Div list = new Div();

    TaskGroup(String heading, String listLabel) {
        addClassName("hm-task-group");
        list.addClassName("hm-task-rows");
        list.getElement().setAttribute("role", "list");
        if (heading.isEmpty()) {
            list.getElement().setAttribute("aria-label", listLabel);
        } else {
            var title = new H2(heading);
            title.addClassName("hm-task-group-heading");
            add(title);
            list.getElement().setAttribute("aria-label", heading);
        }
        add(list);
    }

    /** Makes the list hold exactly these rows (and echoes) in this order, moving only rows that are out of place. */
    void arrange(List<Element> rows) {
        var element = list.getElement();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (i >= element.getChildCount() || !element.getChild(i).equals(row)) {
                element.insertChild(i, row);
            }
        }
        while (element.getChildCount() > rows.size()) {
            element.removeChild(element.getChildCount() - 1);
        }
    }
}
