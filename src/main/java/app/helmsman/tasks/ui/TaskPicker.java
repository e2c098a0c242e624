package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskRef;
import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskListService;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/** A combo box that finds one of the person's open tasks by title, lazily; never offers the task itself. */
final class TaskPicker {

    private TaskPicker() {
    }

    static ComboBox<TaskRef> create(String label, TaskListService tasks, UUID self) {
        var box = new ComboBox<TaskRef>(label);
        box.setItemLabelGenerator(TaskRef::title);
        box.setItems(query -> tasks.search(TaskSearch.text(query.getFilter().orElse("")), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream().filter(t -> !t.id().equals(self)).map(t -> new TaskRef(t.id(), t.title(), t.status())));
        box.setPlaceholder("Type to find a task");
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }
}
