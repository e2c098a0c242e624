package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** UI messages over the Push WebSocket pass no servlet filter: Vaadin's interceptor gives each its trace (ADR 0033). */
class VaadinTraceInterceptorTest {

    private final VaadinTraceInterceptor interceptor = new VaadinTraceInterceptor();

    @Test
    void a_push_message_gets_a_trace_that_ends_with_it() {
        var message = new VaadinServletRequest(new MockHttpServletRequest(), null);
        interceptor.requestStart(message, null);
        assertThat(Trace.current()).matches("[0-9a-f]{32}");
        interceptor.requestEnd(message, null, null);
        assertThat(Trace.current()).isNull();
    }

    @Test
    void a_request_the_filter_already_traces_keeps_its_trace() {
        var request = new VaadinServletRequest(new MockHttpServletRequest(), null);
        try (var filtered = Trace.start()) {
            interceptor.requestStart(request, null);
            assertThat(Trace.current()).isEqualTo(filtered.traceId());
            interceptor.requestEnd(request, null, null);
            assertThat(Trace.current()).as("the filter's trace lasts until the filter ends").isEqualTo(filtered.traceId());
        }
    }
}
