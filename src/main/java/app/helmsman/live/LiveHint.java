package app.helmsman.live;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * "Something you show may have changed": a refresh hint, never the data itself. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that made the change; it travels after commit.
 *
 * @param topic what changed, e.g. {@code settings} or {@code tasks}; views pick the topics they show
 * @param users whose views should refresh
 * @param ids the changed things (for views that can refresh just those rows); may be empty
 * @param summary a short, human sentence for screen readers in other windows, e.g. "'Pay rent' completed";
 *                empty for changes not worth announcing
 * @param originUi the UI that made the change ({@link LiveUpdates#uiKey}), which neither refreshes nor
 *                 announces it; null for changes made by jobs or other instances' services
 * @param publishedAt when the change was committed (for the fan-out latency metric)
 */
public record LiveHint(String topic, Set<UUID> users, Set<UUID> ids, String summary, String originUi, Instant publishedAt) {

    public LiveHint {
        users = Set.copyOf(users);
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        summary = summary == null ? "" : summary;
    }

    /** In {@link #users()}: every signed-in person's views on every instance (a maintenance banner). */
    public static final UUID EVERYONE = new UUID(0, 0);

    /** A hint for one person's views. */
    public static LiveHint forUser(String topic, UUID user, Set<UUID> ids, String summary, String originUi, Instant now) {
        return new LiveHint(topic, Set.of(user), ids, summary, originUi, now);
    }
}
