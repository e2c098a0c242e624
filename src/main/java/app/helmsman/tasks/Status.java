package app.helmsman.tasks;

/** What state a task is in. DONE tasks have a completion time; BLOCKED is set by hand (a task waiting on unfinished dependencies is shown as waiting instead). */
public enum Status {
    TODO, IN_PROGRESS, BLOCKED, DONE
}
