package app.helmsman.tasks;

/** A step in manual ordering, towards the top of the list (UP) or towards the bottom (DOWN). */
public enum Direction {
    UP, DOWN
}
