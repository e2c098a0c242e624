package app.helmsman.assist.internal;

import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;

/**
 * Lets a cancelled assist request abort its provider call: the HTTP call registers here as it starts (through an
 * OkHttp interceptor on the calling thread), and {@link #cancel()} cancels it, which ends the blocking call at once.
 */
final class Abort {

    private static final ThreadLocal<Abort> CURRENT = new ThreadLocal<>();

    private final AtomicReference<Call> call = new AtomicReference<>();
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
        var current = call.get();
        if (current != null) {
            current.cancel();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Makes this the abort of the calls started on this thread until the returned scope closes. */
    Scope bind() {
        CURRENT.set(this);
        return CURRENT::remove;
    }

    /** Called by the interceptor with each call started on a bound thread. */
    static void register(Call started) {
        var abort = CURRENT.get();
        if (abort != null) {
            abort.call.set(started);
            if (abort.cancelled) {
                started.cancel();
            }
        }
    }

    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
