package app.helmsman.assist.internal;

import app.helmsman.assist.Extraction;
import app.helmsman.assist.StepsProposal;
import app.helmsman.assist.Suggestion;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs assist requests on virtual threads, each with the requester's security context, and makes cancelling the
 * returned future abort the work: the provider's HTTP call is cancelled and any wait before a retry is interrupted.
 */
@Component
public class Assistant implements DisposableBean {

    private final ProviderAssist provider;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("assist-", 0).factory());

    private final AtomicInteger inFlight = new AtomicInteger();

    Assistant(ProviderAssist provider, SecurityContextHolderStrategy contexts, MeterRegistry registry) {
        this.provider = provider;
        this.contexts = contexts;
        Gauge.builder("helmsman.assist.in.flight", inFlight, AtomicInteger::get)
                .description("Assist requests being worked on").register(registry);
    }

    public CompletableFuture<Extraction> extract(Requester requester, String dump) {
        return run(requester, abort -> provider.extract(requester, dump, abort));
    }

    public CompletableFuture<StepsProposal> breakDown(Requester requester, String title, String notes, int granularity) {
        return run(requester, abort -> provider.breakDown(requester, title, notes, granularity, abort));
    }

    public CompletableFuture<Suggestion> classify(Requester requester, String title, String notes) {
        return run(requester, abort -> provider.classify(requester, title, notes, abort));
    }

    /** Runs {@code work} on a virtual thread with the requester's security context; cancelling the future aborts it. */
    <T> CompletableFuture<T> run(Requester requester, Function<Abort, T> work) {
        var abort = new Abort();
        var result = new CompletableFuture<T>();
        var task = new DelegatingSecurityContextRunnable(() -> {
            inFlight.incrementAndGet();
            try {
                result.complete(work.apply(abort));
            } catch (CancellationException e) {
                result.cancel(false);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }, requester.securityContext());
        task.setSecurityContextHolderStrategy(contexts);
        var running = threads.submit(task);
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                abort.cancel();
                running.cancel(true);
            }
        });
        return result;
    }

    /** Requests being worked on now. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
