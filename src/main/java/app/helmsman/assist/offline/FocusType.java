package app.helmsman.assist.offline;

/** The kind of attention a task asks for, so a planner can group similar work. */
public enum FocusType {
    /** Writing, designing, planning, anything that starts from a blank page. */
    CREATIVE,
    /** Code, spreadsheets, fixing machines: concentrated problem solving. */
    TECHNICAL,
    /** Forms, bills, bookings, e-mail: short, procedural, easy to batch. */
    ADMINISTRATIVE,
    /** Calls, messages, visits: tasks that involve other people in real time. */
    SOCIAL
}
