package app.helmsman.live;

import app.helmsman.live.internal.LiveBus;
import app.helmsman.live.internal.LiveMetrics;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers {@link LiveHint}s to subscribed views. A view subscribes in {@code onAttach} and removes the
 * registration in {@code onDetach}; its listener runs inside {@code ui.access}, with every hint that
 * arrived within the coalescing window in one call, so a burst becomes one push.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<UUID, Set<Subscription>> byUser = new ConcurrentHashMap<>();
    private final LiveBus bus;
    private final LiveMetrics metrics;
    private final Clock clock;
    private final Duration window;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-flush").factory());

    LiveUpdates(LiveBus bus, LiveMetrics metrics, Clock clock, LiveSettings settings) {
        this.bus = bus;
        this.metrics = metrics;
        this.clock = clock;
        this.window = settings.coalesce();
        bus.onReceive(this::deliver);
        bus.onReconnect(this::refreshEveryone);
        metrics.subscriptions(() -> byUser.values().stream().mapToInt(Set::size).sum());
        metrics.activeUsers(byUser::size);
    }

    /** The key that marks hints a UI made itself (see {@link LiveHint#originUi()}). */
    public static String uiKey(UI ui) {
        return ui.getSession() == null ? "ui-" + ui.getUIId() : ui.getSession().getPushId() + ":" + ui.getUIId();
    }

    /** The key of the UI handling the current request, or null outside a UI (jobs, other threads). */
    public static String currentUiKey() {
        var ui = UI.getCurrent();
        return ui == null ? null : uiKey(ui);
    }

    /**
     * Subscribes a UI to one person's hints on the given topics.
     *
     * @param listener gets the coalesced hints, inside {@code ui.access}; a hint with topic {@code "*"}
     *                 means "refresh everything" (sent after a Redis reconnect)
     */
    public Registration subscribe(UI ui, UUID user, Set<String> topics, Consumer<List<LiveHint>> listener) {
        var subscription = new Subscription(ui, uiKey(ui), Set.copyOf(topics), listener);
        byUser.computeIfAbsent(user, u -> new CopyOnWriteArraySet<>()).add(subscription);
        return () -> byUser.computeIfPresent(user, (u, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    /** Relays hints to every instance once the transaction that published them has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void publishAfterCommit(LiveHint hint) {
        metrics.published(hint.topic());
        bus.send(hint);
    }

    void deliver(LiveHint hint) {
        for (var user : hint.users().contains(LiveHint.EVERYONE) ? Set.copyOf(byUser.keySet()) : hint.users()) {
            for (var subscription : byUser.getOrDefault(user, Set.of())) {
                if ((subscription.topics.contains(hint.topic()) || "*".equals(hint.topic())) && !subscription.key.equals(hint.originUi())) {
                    subscription.offer(hint);
                }
            }
        }
    }

    private void refreshEveryone() {
        var users = Set.copyOf(byUser.keySet());
        if (!users.isEmpty()) {
            deliver(new LiveHint("*", users, Set.of(), "", null, clock.instant()));
        }
    }

    private final class Subscription {
        final UI ui;
        final String key;
        final Set<String> topics;
        final Consumer<List<LiveHint>> listener;
        private final List<LiveHint> pending = new ArrayList<>();

        Subscription(UI ui, String key, Set<String> topics, Consumer<List<LiveHint>> listener) {
            this.ui = ui;
            this.key = key;
            this.topics = topics;
            this.listener = listener;
        }

        void offer(LiveHint hint) {
            boolean first;
            synchronized (pending) {
                first = pending.isEmpty();
                pending.add(hint);
            }
            if (first) {
                flusher.schedule(this::flush, window.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void flush() {
            List<LiveHint> batch;
            synchronized (pending) {
                batch = List.copyOf(pending);
                pending.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                ui.access(() -> {
                    listener.accept(batch);
                    var now = clock.instant();
                    batch.forEach(hint -> metrics.delivered(hint.topic(), Duration.between(hint.publishedAt(), now)));
                });
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                log.debug("Live hint for a detached UI dropped");
            }
        }
    }
}
