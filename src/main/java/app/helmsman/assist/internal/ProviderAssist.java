package app.helmsman.assist.internal;

import app.helmsman.assist.AssistSettings;
import app.helmsman.assist.Extraction;
import app.helmsman.assist.Origin;
import app.helmsman.assist.StepsProposal;
import app.helmsman.assist.Suggestion;
import app.helmsman.assist.internal.Answers.ClassificationAnswer;
import app.helmsman.assist.internal.Answers.ExtractionAnswer;
import app.helmsman.assist.internal.Answers.StepsAnswer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One assist request from start to answer, on a worker thread: the kill switch, the person's rate limit and token
 * budget, the circuit breaker and retries ({@link ProviderCalls}), reading and repairing the answer
 * ({@link AnswerReader}), and the offline helpers whenever the provider is not configured, not allowed or fails,
 * with a sentence saying why. Never throws but {@link CancellationException}.
 */
final class ProviderAssist implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProviderAssist.class);
    private static final Map<String, Object> EXTRACTION = Schemas.of(ExtractionAnswer.class);
    private static final Map<String, Object> STEPS = Schemas.of(StepsAnswer.class);
    private static final Map<String, Object> CLASSIFICATION = Schemas.of(ClassificationAnswer.class);

    /** The provider part of a request, which may fail in the ways the offline helper covers. */
    private interface Asking<T> {
        T ask() throws ProviderFailure, ProviderCalls.BreakerOpen, AnswerReader.Unreadable;
    }

    private final AssistSettings settings;
    private final ProviderCalls calls;
    private final UsageLimits limits;
    private final Prompts prompts;
    private final AnswerReader reader;
    private final OfflineAssist offline;
    private final AssistMetrics metrics;
    private final Clock clock;
    private final AutoCloseable resources;

    ProviderAssist(AssistSettings settings, ProviderCalls calls, UsageLimits limits, Prompts prompts, OfflineAssist offline,
                   AssistMetrics metrics, Clock clock, AutoCloseable resources) {
        this.settings = settings;
        this.calls = calls;
        this.limits = limits;
        this.prompts = prompts;
        this.reader = new AnswerReader(prompts);
        this.offline = offline;
        this.metrics = metrics;
        this.clock = clock;
        this.resources = resources;
        this.switchedOn = settings::enabled;
    }

    /** The kill switch, read on every request: the runtime feature flag (ops console) in the application. */
    private java.util.function.BooleanSupplier switchedOn;

    void switchedOnBy(java.util.function.BooleanSupplier flag) {
        this.switchedOn = flag;
    }

    /**
     * The provider's health as this instance sees it, without calling it (a call would spend tokens): not
     * configured, switched off, its circuit breaker open after consecutive failures, or up.
     */
    org.springframework.boot.health.contributor.Health health() {
        if (calls == null) {
            return org.springframework.boot.health.contributor.Health.unknown().withDetail("state", "no AI provider configured: the offline helper answers").build();
        }
        if (!switchedOn.getAsBoolean()) {
            return org.springframework.boot.health.contributor.Health.outOfService().withDetail("state", "switched off by the AI suggestions flag").build();
        }
        return switch (calls.breakerState()) {
            case OPEN -> org.springframework.boot.health.contributor.Health.down()
                    .withDetail("state", "circuit breaker open after consecutive failed requests; the offline helper answers").build();
            case HALF_OPEN -> org.springframework.boot.health.contributor.Health.up().withDetail("state", "circuit breaker trying one request").build();
            case CLOSED -> org.springframework.boot.health.contributor.Health.up().withDetail("model", settings.model()).build();
        };
    }

    Extraction extract(Requester requester, String dump, Abort abort) {
        if (dump.isBlank()) {
            return offline.extract(requester, dump, Optional.empty());
        }
        return serve(Feature.EXTRACT, requester, () -> {
            var vocabulary = requester.vocabulary();
            var reply = ask(Feature.EXTRACT, requester, prompts.extractionSystem(),
                    prompts.extractionUser(dump, requester.now(), vocabulary.projects(), vocabulary.tags()),
                    "brain_dump_tasks", EXTRACTION, abort);
            var read = reader.proposals(reply.content(), vocabulary, dump, requester.now().toLocalDate());
            metrics.repairs(Feature.EXTRACT, read.repaired(), read.dropped());
            return new Extraction(read.value(), Origin.PROVIDER, dropped(read.dropped()));
        }, reason -> offline.extract(requester, dump, reason), Extraction::origin);
    }

    StepsProposal breakDown(Requester requester, String title, String notes, int granularity, Abort abort) {
        return serve(Feature.BREAKDOWN, requester, () -> {
            var reply = ask(Feature.BREAKDOWN, requester, prompts.breakdownSystem(granularity),
                    prompts.taskUser(title, notes), "task_steps", STEPS, abort);
            var read = reader.steps(reply.content());
            metrics.repairs(Feature.BREAKDOWN, read.repaired(), read.dropped());
            return new StepsProposal(read.value().steps(), read.value().guidance(), Origin.PROVIDER, Optional.empty());
        }, reason -> offline.breakDown(title, granularity, reason), StepsProposal::origin);
    }

    Suggestion classify(Requester requester, String title, String notes, Abort abort) {
        return serve(Feature.CLASSIFY, requester, () -> {
            var reply = ask(Feature.CLASSIFY, requester, prompts.classificationSystem(), prompts.taskUser(title, notes),
                    "task_classification", CLASSIFICATION, abort);
            var value = reader.classification(reply.content()).value();
            return new Suggestion(value.energy(), value.focus(), value.estimateMinutes(), Origin.PROVIDER, Optional.empty());
        }, reason -> offline.classify(title, reason), Suggestion::origin);
    }

    private <T> T serve(Feature feature, Requester requester, Asking<T> asking, Function<Optional<String>, T> fallback,
                        Function<T, Origin> origin) {
        long started = System.nanoTime();
        T answer = answer(feature, requester, asking, fallback);
        metrics.answered(feature, origin.apply(answer), Duration.ofNanos(System.nanoTime() - started));
        return answer;
    }

    private <T> T answer(Feature feature, Requester requester, Asking<T> asking, Function<Optional<String>, T> fallback) {
        if (calls == null) {
            return fallback.apply(Optional.empty()); // no provider configured: offline is the default, not a fallback
        }
        if (!switchedOn.getAsBoolean()) {
            return fallBack(feature, fallback, "switched_off", "AI suggestions are switched off at the moment");
        }
        switch (limits.admit(requester.userId(), requester.now().toLocalDate(), clock.instant())) {
            case RATE_LIMITED -> {
                return fallBack(feature, fallback, "rate_limited", "You have asked the AI provider many times in the last minute");
            }
            case BUDGET_SPENT -> {
                return fallBack(feature, fallback, AssistMetrics.BUDGET_SPENT, "Today's AI allowance is used up");
            }
            case UNAVAILABLE -> {
                return fallBack(feature, fallback, "limits_unavailable", "AI usage limits cannot be checked right now");
            }
            case ALLOWED -> {
            }
        }
        try {
            return asking.ask();
        } catch (ProviderCalls.BreakerOpen e) {
            return fallBack(feature, fallback, "breaker_open", "The AI provider has been failing and is paused for a minute");
        } catch (ProviderFailure e) {
            if (e.kind() == ProviderFailure.Kind.CANCELLED) {
                throw new CancellationException("cancelled");
            }
            log.info("AI provider failed for {}: {} ({})", feature.tag, e.kind(), e.getMessage());
            return fallBack(feature, fallback, e.kind().name().toLowerCase(java.util.Locale.ROOT),
                    "The AI provider " + e.kind().sentence);
        } catch (AnswerReader.Unreadable e) {
            log.info("AI provider answer unusable for {}: {}", feature.tag, e.getMessage());
            return fallBack(feature, fallback, "unreadable", "The AI provider gave an answer that could not be used");
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("AI provider request for {} failed unexpectedly", feature.tag, e);
            return fallBack(feature, fallback, "bug", "The AI provider had a problem");
        }
    }

    private <T> T fallBack(Feature feature, Function<Optional<String>, T> fallback, String tag, String cause) {
        metrics.fallback(feature, tag);
        return fallback.apply(Optional.of(feature.because(cause)));
    }

    /** Calls the provider and charges the tokens to the person's budget. */
    private ProviderClient.Reply ask(Feature feature, Requester requester, String system, String user, String schemaName,
                                     Map<String, Object> schema, Abort abort) throws ProviderFailure, ProviderCalls.BreakerOpen {
        var reply = calls.call(feature, system, user, schemaName, schema, abort);
        limits.charge(requester.userId(), requester.now().toLocalDate(), reply.tokensIn() + reply.tokensOut());
        return reply;
    }

    private static Optional<String> dropped(int count) {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(count == 1 ? "One of the AI provider's suggestions could not be used and was left out."
                : count + " of the AI provider's suggestions could not be used and were left out.");
    }

    @Override
    public void close() throws Exception {
        if (resources != null) {
            resources.close();
        }
    }
}
