package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The trace a request carries through the log (ADR 0033): which id, where it is answered, and that it ends. */
class RequestTraceFilterTest {

    private static final String INGRESS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + INGRESS_TRACE + "-00f067aa0ba902b7-01";

    private final List<String> seen = new ArrayList<>();

    private MockHttpServletResponse serve(boolean trusted, String traceparent) throws Exception {
        var filter = new RequestTraceFilter(new PlatformSettings("", "", "", "", 0, "", false, trusted));
        var request = new MockHttpServletRequest("GET", "/");
        if (traceparent != null) {
            request.addHeader("traceparent", traceparent);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.add(MDC.get(Trace.TRACE_ID));
                seen.add(MDC.get(Trace.SPAN_ID));
            }
        }));
        return response;
    }

    @Test
    void a_request_without_a_traceparent_gets_a_new_trace_answered_in_the_response_and_cleared_after() throws Exception {
        var response = serve(false, null);
        assertThat(seen.getFirst()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(seen.get(1)).matches("[0-9a-f]{16}");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.getFirst());
        assertThat(MDC.get(Trace.TRACE_ID)).as("the trace ends with the request").isNull();
        assertThat(MDC.get(Trace.SPAN_ID)).isNull();
    }

    @Test
    void two_requests_get_different_traces() throws Exception {
        serve(false, null);
        serve(false, null);
        assertThat(seen.get(0)).isNotEqualTo(seen.get(2));
    }

    @Test
    void a_trusted_ingress_traceparent_gives_the_request_its_trace_id() throws Exception {
        var response = serve(true, TRACEPARENT);
        assertThat(seen.getFirst()).isEqualTo(INGRESS_TRACE);
        assertThat(seen.get(1)).as("the span is this process's own").isNotEqualTo("00f067aa0ba902b7");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(INGRESS_TRACE);
    }

    @Test
    void a_traceparent_is_ignored_unless_the_installation_trusts_its_ingress() throws Exception {
        serve(false, TRACEPARENT);
        assertThat(seen.getFirst()).isNotEqualTo(INGRESS_TRACE).matches("[0-9a-f]{32}");
    }

    @Test
    void a_malformed_or_all_zero_traceparent_is_replaced_by_a_new_trace() throws Exception {
        for (String bad : List.of("00-" + INGRESS_TRACE + "-00f067aa0ba902b7", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                "00-" + INGRESS_TRACE.toUpperCase() + "-00f067aa0ba902b7-01", "00-" + INGRESS_TRACE + "-" + "0".repeat(16) + "-01",
                "00-" + INGRESS_TRACE + "-00f067aa0ba902b7-01\nforged log line")) {
            seen.clear();
            serve(true, bad);
            assertThat(seen.getFirst()).as(bad).isNotEqualTo(INGRESS_TRACE).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        }
    }

    @Test
    void a_trace_opened_inside_another_gives_the_outer_one_back_when_it_ends() {
        try (var outer = Trace.start()) {
            try (var inner = Trace.start()) {
                assertThat(Trace.current()).isEqualTo(inner.traceId());
            }
            assertThat(Trace.current()).isEqualTo(outer.traceId());
        }
        assertThat(Trace.current()).isNull();
    }
}
