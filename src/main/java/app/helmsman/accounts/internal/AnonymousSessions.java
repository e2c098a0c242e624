package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountsSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Caps the live anonymous sessions of this instance at {@code helmsman.accounts.max-anonymous-sessions}: every GET of
 * the sign-in page makes one (Vaadin's view lives in it), so one client could otherwise fill the heap within the
 * anonymous timeout. One more than the cap invalidates the oldest anonymous session; signed-in sessions are never
 * counted nor touched. A session leaves the anonymous set when someone signs in with it ({@link SessionTimeouts}).
 * Sessions are tracked as objects, not ids, because signing in changes the session id. Someone whose sign-in page
 * was evicted still signs in: the sign-in form posts without needing its session.
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final Map<HttpSession, Long> ages = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, HttpSession> oldestFirst = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SecurityContextHolderStrategy contexts;
    private final Counter evictions;
    private volatile int max;

    AnonymousSessions(AccountsSettings settings, SecurityContextHolderStrategy contexts, MeterRegistry registry) {
        this.max = settings.maxAnonymousSessions();
        this.contexts = contexts;
        Gauge.builder("helmsman.sessions.anonymous", ages, Map::size).description("Live sessions nobody has signed in to")
                .register(registry);
        this.evictions = Counter.builder("helmsman.sessions.anonymous.evicted")
                .description("Anonymous sessions invalidated because the cap was reached").register(registry);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HelmsmanPrincipal) {
            return; // made by a request that is already signed in (a persistent login): not anonymous
        }
        var session = event.getSession();
        long age = sequence.incrementAndGet();
        oldestFirst.put(age, session);
        ages.put(session, age);
        evictBeyondCap();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    /** Someone signed in with this session: it is no longer anonymous and never evicted. */
    void signedIn(HttpSession session) {
        forget(session);
    }

    int count() {
        return ages.size();
    }

    private void forget(HttpSession session) {
        var age = ages.remove(session);
        if (age != null) {
            oldestFirst.remove(age, session);
        }
    }

    private void evictBeyondCap() {
        while (ages.size() > max) {
            var oldest = oldestFirst.pollFirstEntry();
            if (oldest == null) {
                return;
            }
            if (ages.remove(oldest.getValue(), oldest.getKey())) {
                evictions.increment();
                try {
                    oldest.getValue().invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // expired or signed out meanwhile: gone either way
                }
            }
        }
    }

    /** Tests lower the cap without a second Spring context; returns the previous cap. */
    int cap(int newMax) {
        int previous = max;
        max = Math.max(1, newMax);
        return previous;
    }
}
