package app.helmsman.tasks;

/** What completing a task with open subtasks does with them. */
public enum ChildrenOption {
    COMPLETE_CHILDREN, LEAVE_CHILDREN_OPEN
}
