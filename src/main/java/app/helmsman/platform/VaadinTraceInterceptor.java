package app.helmsman.platform;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Traces the UI messages that arrive over a Push WebSocket (ADR 0033): they reach Vaadin without passing the servlet
 * filters, so {@link RequestTraceFilter} never sees them; Vaadin's request interceptor does. A request the filter
 * already traces keeps its trace.
 */
@Component
class VaadinTraceInterceptor implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String ATTRIBUTE = VaadinTraceInterceptor.class.getName() + ".scope";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        if (Trace.current() == null) {
            request.setAttribute(ATTRIBUTE, Trace.start());
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // the scope stays open until requestEnd, so the failure's own log line carries the trace
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(ATTRIBUTE) instanceof Trace.Scope scope) {
            request.removeAttribute(ATTRIBUTE);
            scope.close();
        }
    }
}
