package app.helmsman.tasks.ui;

import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskNode;
import app.helmsman.tasks.TaskListService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A project's tasks as a tree grid: arrow keys move between rows, Space or the toggle expands and collapses
 * a row, and every title is a button that opens the task's details.
 */
class ProjectTree extends Div {

    final TreeGrid<TaskNode> grid = new TreeGrid<>();
    final Checkbox showDone = new Checkbox("Show done tasks");
    private final Paragraph empty = new Paragraph("No tasks in this project yet.");
    private final TaskListService tasks;
    private final TaskEditor editor;
    private UUID projectId;

    ProjectTree(TaskListService tasks, TaskEditor editor) {
        this.tasks = tasks;
        this.editor = editor;
        grid.addComponentHierarchyColumn(node -> {
            var open = new Button(node.task().title(), e -> editor.open(node.task().id(), () -> { }));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.addClassName("hm-tree-title");
            return open;
        }).setHeader("Task").setKey("title").setFlexGrow(3);
        grid.addColumn(node -> Labels.status(node.task().status()) + (node.task().waiting() ? ", waiting" : "")).setHeader("Status");
        grid.addColumn(node -> node.task().childrenTotal() == 0 ? "" : node.task().childrenDone() + "/" + node.task().childrenTotal())
                .setHeader("Subtasks done");
        grid.addColumn(node -> node.task().doDate() == null ? "" : node.task().doDate().toString()).setHeader("Do date");
        grid.addColumn(node -> "P" + node.task().priority()).setHeader("Priority");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Tasks of this project");
        grid.setPartNameGenerator(node -> node.task().status() == Status.DONE ? "hm-done" : null);
        var expand = new Button("Expand all", e -> grid.expandRecursively(grid.getTreeData().getRootItems(), Integer.MAX_VALUE));
        var collapse = new Button("Collapse all", e -> grid.collapseRecursively(grid.getTreeData().getRootItems(), Integer.MAX_VALUE));
        showDone.addValueChangeListener(e -> show(projectId));
        var tools = new Div(showDone, expand, collapse);
        tools.addClassName("hm-field-row");
        empty.addClassName("hm-muted");
        add(tools, empty, grid);
    }

    void show(UUID project) {
        projectId = project;
        var roots = tasks.projectTree(project, showDone.getValue());
        var expanded = new ArrayList<UUID>();
        grid.getTreeData().getRootItems().forEach(r -> collectExpanded(r, expanded));
        grid.setItems(roots, TaskNode::children);
        // keep what the person expanded; the first time, show everything
        var all = flatten(roots);
        grid.expand(all.stream().filter(n -> expanded.isEmpty() || expanded.contains(n.task().id())).toList());
        empty.setVisible(roots.isEmpty());
        grid.setVisible(!roots.isEmpty());
    }

    private void collectExpanded(TaskNode node, List<UUID> into) {
        if (grid.isExpanded(node)) {
            into.add(node.task().id());
        }
        grid.getTreeData().getChildren(node).forEach(c -> collectExpanded(c, into));
    }

    private static List<TaskNode> flatten(List<TaskNode> nodes) {
        var all = new ArrayList<TaskNode>();
        for (var node : nodes) {
            all.add(node);
            all.addAll(flatten(node.children()));
        }
        return all;
    }
}
