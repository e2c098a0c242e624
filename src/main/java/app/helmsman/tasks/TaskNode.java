package app.helmsman.tasks;

import java.util.List;

/** A task with its subtasks, in manual order, for a project's tree. */
public record TaskNode(TaskView task, List<TaskNode> children) {

    public TaskNode {
        children = List.copyOf(children);
    }
}
