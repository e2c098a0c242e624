package app.helmsman.live.internal;

import app.helmsman.live.LiveHint;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One instance, no Redis: hints go straight to this instance's subscribers. */
final class InProcessBus implements LiveBus {

    private final List<Consumer<LiveHint>> receivers = new CopyOnWriteArrayList<>();

    @Override
    public void send(LiveHint hint) {
        receivers.forEach(receiver -> receiver.accept(hint));
    }

    @Override
    public void onReceive(Consumer<LiveHint> receiver) {
        receivers.add(receiver);
    }

    @Override
    public void onReconnect(Runnable callback) {
        // Never disconnected.
    }
}
