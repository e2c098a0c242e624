package app.helmsman.live.internal;

import app.helmsman.live.LiveHint;
import java.util.function.Consumer;

/** Carries hints to every instance (including this one), in process or through Redis pub/sub. */
public interface LiveBus {

    void send(LiveHint hint);

    /** Called for every hint that reaches this instance. */
    void onReceive(Consumer<LiveHint> receiver);

    /** Called when the bus reconnected after losing messages, so views can refresh once. */
    void onReconnect(Runnable callback);
}
