package app.helmsman.assist.internal;

import app.helmsman.assist.AssistSettings;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * One Chat Completions call through the official openai-java client, with a strict JSON schema as the response
 * format. The client's own retries are off: {@link ProviderCalls} retries, so that it can honour
 * {@code Retry-After}, feed the circuit breaker and count every attempt. Thread-safe.
 */
class ProviderClient implements AutoCloseable {

    /** What the provider answered: the message content (JSON text, unchecked) and the tokens it cost. */
    record Reply(String content, long tokensIn, long tokensOut) {
    }

    private final OpenAIClient client;
    private final String model;
    private final int maxOutputTokens;
    private final Clock clock;

    ProviderClient(AssistSettings settings, Clock clock) {
        var builder = OpenAIOkHttpClient.builder()
                // local servers (Ollama, LM Studio, vLLM) need no key, but the client wants one
                .apiKey(settings.apiKey().isEmpty() ? "no-key" : settings.apiKey())
                .maxRetries(0)
                .timeout(settings.timeout())
                .addInterceptor(chain -> {
                    Abort.register(chain.call());
                    return chain.proceed(chain.request());
                });
        if (!settings.baseUrl().isEmpty()) {
            builder.baseUrl(settings.baseUrl());
        }
        this.client = builder.build();
        this.model = settings.model();
        this.maxOutputTokens = settings.maxOutputTokens();
        this.clock = clock;
    }

    /**
     * Asks the model, blocking until it answers, fails or the abort is cancelled.
     *
     * @param schema a JSON schema for the answer, from {@link Schemas}
     * @throws ProviderFailure with the kind of failure and any wait the provider asked for
     */
    Reply complete(String system, String user, String schemaName, Map<String, Object> schema, Abort abort)
            throws ProviderFailure {
        var format = ResponseFormatJsonSchema.builder().jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                .name(schemaName).strict(true)
                .schema(ResponseFormatJsonSchema.JsonSchema.Schema.builder()
                        .additionalProperties(toJson(schema)).build())
                .build()).build();
        var params = ChatCompletionCreateParams.builder().model(model).addSystemMessage(system).addUserMessage(user)
                .responseFormat(format).maxCompletionTokens(maxOutputTokens).build();
        ChatCompletion completion;
        try (var ignored = abort.bind()) {
            completion = client.chat().completions().create(params);
        } catch (OpenAIException e) {
            throw classify(e, abort);
        }
        return reply(completion);
    }

    private static Reply reply(ChatCompletion completion) throws ProviderFailure {
        try {
            if (completion.choices().isEmpty()) {
                throw new ProviderFailure(ProviderFailure.Kind.UNREADABLE, "no choices");
            }
            var message = completion.choices().getFirst().message();
            if (message.refusal().isPresent()) {
                throw new ProviderFailure(ProviderFailure.Kind.REFUSED, "the model refused");
            }
            String content = message.content().orElseThrow(
                    () -> new ProviderFailure(ProviderFailure.Kind.UNREADABLE, "no content"));
            long in = completion.usage().map(u -> u.promptTokens()).orElse(0L);
            long out = completion.usage().map(u -> u.completionTokens()).orElse(0L);
            return new Reply(content, in, out);
        } catch (OpenAIInvalidDataException e) {
            throw new ProviderFailure(ProviderFailure.Kind.UNREADABLE, "malformed completion", Optional.empty(), e);
        }
    }

    private ProviderFailure classify(OpenAIException e, Abort abort) {
        if (abort.cancelled()) {
            return new ProviderFailure(ProviderFailure.Kind.CANCELLED, "cancelled", Optional.empty(), e);
        }
        if (e instanceof OpenAIServiceException service) {
            var headers = service.headers();
            var wait = RetryAfter.parse(first(headers.values("retry-after-ms")), first(headers.values("Retry-After")),
                    clock.instant());
            int status = service.statusCode();
            ProviderFailure.Kind kind = e instanceof RateLimitException || status == 429 ? ProviderFailure.Kind.RATE_LIMITED
                    : e instanceof InternalServerException || status >= 500 ? ProviderFailure.Kind.SERVER
                    : status == 408 ? ProviderFailure.Kind.TIMEOUT
                    : ProviderFailure.Kind.REFUSED;
            return new ProviderFailure(kind, "HTTP " + status, wait, null);
        }
        if (e instanceof OpenAIIoException) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof InterruptedIOException) {
                    return new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "timeout", Optional.empty(), null);
                }
                if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                    return new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, cause.getClass().getSimpleName(),
                            Optional.empty(), null);
                }
                cause = cause.getCause();
            }
            return new ProviderFailure(ProviderFailure.Kind.SERVER, "I/O error", Optional.empty(), null);
        }
        return new ProviderFailure(ProviderFailure.Kind.UNREADABLE, e.getClass().getSimpleName(), Optional.empty(), null);
    }

    private static String first(java.util.List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonValue> toJson(Map<String, Object> schema) {
        var out = new java.util.LinkedHashMap<String, JsonValue>();
        schema.forEach((key, value) -> out.put(key, JsonValue.from(value)));
        return out;
    }

    @Override
    public void close() {
        client.close();
    }
}
