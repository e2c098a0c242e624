package app.helmsman.live;

import app.helmsman.live.internal.LiveMetrics;
import app.helmsman.live.internal.PresenceStore;
import app.helmsman.live.internal.PresenceStore.Entry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who is viewing a place (a project) now, across replicas (ADR 0006). A view enters in {@code onAttach}
 * and removes the registration in {@code onDetach}; a UI that goes away without detaching is dropped by
 * the heartbeat, and an instance that dies stops refreshing its entries, which expire after
 * {@link #TTL}. Changes travel as {@code presence} hints whose ids hold the place.
 * Callers check that the person may see the place before entering it.
 */
@Service
public class LivePresence {

    /** Someone viewing a place. */
    public record Viewer(UUID userId, String name) {
    }

    public static final String TOPIC = "presence";
    static final Duration TTL = Duration.ofSeconds(30);
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(LivePresence.class);

    private final PresenceStore store;
    private final LiveUpdates live;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Local> local = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> lastSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-presence").factory());

    private record Local(UI ui, UUID place, UUID user, String name, Registration subscription) {
    }

    LivePresence(PresenceStore store, LiveUpdates live, LiveMetrics metrics, Clock clock) {
        this.store = store;
        this.live = live;
        this.clock = clock;
        metrics.presence(local::size);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Marks the person as viewing the place in this UI until the registration is removed or the UI detaches.
     *
     * @param onChange gets everyone viewing the place (the person included), now and inside {@code ui.access}
     *                 whenever it changes
     */
    public Registration enter(UI ui, UUID place, UUID user, String name, Consumer<List<Viewer>> onChange) {
        var key = instance + ":" + LiveUpdates.uiKey(ui) + ":" + place;
        var subscription = live.subscribe(ui, user, Set.of(TOPIC), hints -> {
            if (hints.stream().anyMatch(h -> h.ids().contains(place) || "*".equals(h.topic()))) {
                onChange.accept(viewers(place));
            }
        });
        local.put(key, new Local(ui, place, user, name, subscription));
        store.put(place, new Entry(key, user, name, clock.instant().plus(TTL)));
        announce(place);
        onChange.accept(viewers(place));
        var detach = ui.addDetachListener(event -> leave(key));
        return () -> {
            detach.remove();
            leave(key);
        };
    }

    /** Everyone viewing the place now, one entry per person, by name. */
    public List<Viewer> viewers(UUID place) {
        var byUser = new LinkedHashMap<UUID, Viewer>();
        store.entries(place, clock.instant()).forEach(e -> byUser.putIfAbsent(e.userId(), new Viewer(e.userId(), e.name())));
        return byUser.values().stream().sorted(Comparator.comparing(Viewer::name).thenComparing(Viewer::userId)).toList();
    }

    private void leave(String key) {
        var gone = local.remove(key);
        if (gone != null) {
            gone.subscription().remove();
            store.remove(gone.place(), key);
            announce(gone.place());
        }
    }

    /** Tells everyone still viewing the place to re-read who is there. */
    private void announce(UUID place) {
        var users = new HashSet<UUID>();
        var keys = new HashSet<String>();
        store.entries(place, clock.instant()).forEach(e -> {
            users.add(e.userId());
            keys.add(e.key());
        });
        lastSeen.put(place, keys);
        if (!users.isEmpty()) {
            live.publishAfterCommit(new LiveHint(TOPIC, users, Set.of(place), "", null, clock.instant()));
        }
    }

    /** Refreshes this instance's entries, drops UIs that went away, and notices entries that expired elsewhere. */
    void beat() {
        try {
            var now = clock.instant();
            local.forEach((key, view) -> {
                if (view.ui().isClosing() || !view.ui().isAttached()) {
                    leave(key);
                } else {
                    store.put(view.place(), new Entry(key, view.user(), view.name(), now.plus(TTL)));
                }
            });
            var places = new HashSet<UUID>();
            local.values().forEach(view -> places.add(view.place()));
            for (var place : places) {
                var keys = new HashSet<String>();
                store.entries(place, now).forEach(e -> keys.add(e.key()));
                if (!keys.equals(lastSeen.get(place))) {
                    announce(place);
                }
            }
            lastSeen.keySet().retainAll(places);
        } catch (RuntimeException e) {
            log.warn("Presence heartbeat failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        local.keySet().forEach(this::leave);
    }
}
