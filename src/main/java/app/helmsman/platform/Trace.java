package app.helmsman.platform;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The trace of one unit of work (a request, a push message, a job's unit) in the log: while a {@link Scope} is open,
 * every line logged on its thread carries {@value #TRACE_ID} and {@value #SPAN_ID} (the MDC keys Micrometer Tracing
 * uses, so the JSON fields are the ones Spring Boot's structured logging writes with a tracing stack). ADR 0033.
 */
public final class Trace {

    /** MDC key (and JSON field) of the 32-hex-digit trace id. */
    public static final String TRACE_ID = "traceId";
    /** MDC key (and JSON field) of this process's 16-hex-digit span id. */
    public static final String SPAN_ID = "spanId";

    /** W3C Trace Context version 00: {@code 00-<trace id>-<parent id>-<flags>}, lower-case hex, ids not all zero. */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final HexFormat HEX = HexFormat.of();

    private Trace() {
    }

    /**
     * Opens a trace scope on this thread: with the trace id of {@code traceparent} when it is a valid W3C header
     * value, otherwise with a new one; the span id is always new.
     *
     * @param traceparent the incoming {@code traceparent} header from a trusted source, or null
     * @return the scope; close it (try-with-resources) to restore what the thread's MDC held before
     */
    public static Scope start(String traceparent) {
        String traceId = traceIdOf(traceparent);
        return new Scope(traceId != null ? traceId : newId(16), newId(8));
    }

    /** Opens a scope with a new trace id, for a unit of background work. */
    public static Scope start() {
        return start(null);
    }

    /** The trace id in the current thread's MDC, or null outside any scope. */
    public static String current() {
        return MDC.get(TRACE_ID);
    }

    /** The trace id of a valid W3C {@code traceparent} value, or null (absent, malformed, all zero). */
    static String traceIdOf(String traceparent) {
        if (traceparent == null || traceparent.length() != 55) {
            return null;
        }
        var matcher = TRACEPARENT.matcher(traceparent);
        if (!matcher.matches() || ZERO_TRACE.equals(matcher.group(1)) || ZERO_SPAN.equals(matcher.group(2))) {
            return null;
        }
        return matcher.group(1);
    }

    private static String newId(int bytes) {
        var random = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(random);
        } while (allZero(random));
        return HEX.formatHex(random);
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** An open trace on one thread; closing it puts back what the MDC held before (usually nothing). */
    public static final class Scope implements AutoCloseable {

        private final String traceId;
        private final String spanId;
        private final String previousTraceId;
        private final String previousSpanId;

        private Scope(String traceId, String spanId) {
            this.traceId = traceId;
            this.spanId = spanId;
            this.previousTraceId = MDC.get(TRACE_ID);
            this.previousSpanId = MDC.get(SPAN_ID);
            MDC.put(TRACE_ID, traceId);
            MDC.put(SPAN_ID, spanId);
        }

        public String traceId() {
            return traceId;
        }

        public String spanId() {
            return spanId;
        }

        /** This scope as a W3C {@code traceparent} value (sampled flag set). */
        public String traceparent() {
            return "00-" + traceId + "-" + spanId + "-01";
        }

        @Override
        public void close() {
            restore(TRACE_ID, previousTraceId);
            restore(SPAN_ID, previousSpanId);
        }

        private static void restore(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
