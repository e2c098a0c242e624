package app.helmsman.admin;

/** People who used Helmsman in the last day and the last 30 days (from last seen), and every account. */
public record ActivePeople(long daily, long monthly, long accounts) {
}
