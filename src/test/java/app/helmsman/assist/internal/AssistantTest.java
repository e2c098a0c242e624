package app.helmsman.assist.internal;

import static app.helmsman.assist.internal.ProviderStub.completionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** The futures the assist API returns: the worker has the caller's security context, and cancelling aborts it. */
class AssistantTest {

    static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    final ProviderStub stub = new ProviderStub();
    final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    Assistant assistant;

    @AfterEach
    void stop() {
        if (assistant != null) {
            assistant.destroy();
        }
        stub.close();
    }

    @Test
    void cancelling_the_future_ends_the_provider_call_and_the_work() throws Exception {
        stub.answer(completionOf(Map.of("tasks", List.of(Map.of("title", "Too late")))).withFixedDelay(30_000));
        assistant = new Assistant(stub.assist(stub.settings(true, Duration.ofSeconds(60), 1, 3, 100, 1_000_000, "")),
                contexts, stub.registry);
        var future = assistant.extract(ProviderStub.requester(ADA), "buy compost");
        await("the provider call to start").atMost(Duration.ofSeconds(10)).until(() -> stub.calls() > 0);
        assertThat(assistant.inFlight()).isEqualTo(1);

        future.cancel(true);

        await("the cancelled work to end").atMost(Duration.ofSeconds(10)).until(() -> assistant.inFlight() == 0);
        assertThat(future).isCancelled();
        assertThat(assistant.inFlight()).isZero();
        assertThat(stub.calls()).isEqualTo(1);
    }

    @Test
    void the_work_runs_with_the_callers_security_context_and_leaves_none_behind() throws Exception {
        assistant = new Assistant(stub.assist(stub.settings()), contexts, stub.registry);
        var context = new SecurityContextImpl(new TestingAuthenticationToken("ada", null, "ROLE_USER"));
        var requester = new Requester(ADA, ProviderStub.requester(ADA).now(), ProviderStub.requester(ADA).vocabulary(), context);
        var thread = new AtomicReference<Thread>();

        var name = assistant.run(requester, abort -> {
            thread.set(Thread.currentThread());
            return contexts.getContext().getAuthentication().getName();
        }).get(10, TimeUnit.SECONDS);

        assertThat(name).isEqualTo("ada");
        assertThat(thread.get().isVirtual()).isTrue();
        assertThat(thread.get()).isNotSameAs(Thread.currentThread());
        assertThat(contexts.getContext().getAuthentication()).isNull();
    }
}
