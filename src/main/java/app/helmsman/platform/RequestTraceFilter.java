package app.helmsman.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request (pages, UI round trips, Push, the API, feeds, probes) a trace in the log (ADR 0033): the
 * trace id of the ingress's W3C {@code traceparent} when the installation trusts it
 * ({@code HELMSMAN_TRUST_TRACEPARENT}), otherwise a new one, and answers it in {@value #RESPONSE_HEADER} so that a
 * failing request can be found in the logs. First of all filters, so even a refusal (413, 401) is traced; an async
 * re-dispatch (long-polling Push) keeps its request's trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTraceFilter extends OncePerRequestFilter {

    static final String RESPONSE_HEADER = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    private static final String ATTRIBUTE = RequestTraceFilter.class.getName() + ".traceparent";

    private final boolean trustTraceparent;

    RequestTraceFilter(PlatformSettings settings) {
        this.trustTraceparent = settings.trustTraceparent();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var earlier = request.getAttribute(ATTRIBUTE);
        var incoming = earlier instanceof String traceparent ? traceparent
                : trustTraceparent ? request.getHeader(TRACEPARENT) : null;
        try (var trace = Trace.start(incoming)) {
            if (earlier == null) {
                request.setAttribute(ATTRIBUTE, trace.traceparent());
            }
            if (!response.isCommitted()) {
                response.setHeader(RESPONSE_HEADER, trace.traceId());
            }
            chain.doFilter(request, response);
        }
    }
}
