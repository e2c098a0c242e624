package app.helmsman.assist.internal;

import app.helmsman.assist.Extraction;
import app.helmsman.assist.StepsProposal;
import app.helmsman.assist.Suggestion;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Serves assist requests on virtual threads, each with the requester's security context. */
@Component
public class Assistant implements DisposableBean {

    private final OfflineAssist offline;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("assist-", 0).factory());

    Assistant(OfflineAssist offline, SecurityContextHolderStrategy contexts) {
        this.offline = offline;
        this.contexts = contexts;
    }

    public CompletableFuture<Extraction> extract(Requester requester, String dump) {
        return CompletableFuture.supplyAsync(() -> offline.extract(requester, dump, Optional.empty()), executor(requester));
    }

    public CompletableFuture<StepsProposal> breakDown(Requester requester, String title, String notes, int granularity) {
        return CompletableFuture.supplyAsync(() -> offline.breakDown(title, granularity, Optional.empty()), executor(requester));
    }

    public CompletableFuture<Suggestion> classify(Requester requester, String title, String notes) {
        return CompletableFuture.supplyAsync(() -> offline.classify(title, Optional.empty()), executor(requester));
    }

    private java.util.concurrent.Executor executor(Requester requester) {
        var executor = new DelegatingSecurityContextExecutor(threads, requester.securityContext());
        executor.setSecurityContextHolderStrategy(contexts);
        return executor;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
