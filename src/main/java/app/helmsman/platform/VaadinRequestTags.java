package app.helmsman.platform;

import io.micrometer.common.KeyValue;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Every request the Vaadin servlet serves would be tagged {@code uri="/**"}. This tells the kinds apart
 * for dashboards and alerts: Push ({@code /VAADIN/push}, long-lived by design), UI round trips
 * ({@code /?v-r=uidl}), static resources ({@code /VAADIN/**}) and page loads ({@code /**}).
 */
@Component
class VaadinRequestTags extends DefaultServerRequestObservationConvention {

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        var request = context.getCarrier();
        var path = request.getRequestURI();
        if (path.startsWith("/VAADIN/push")) {
            return KeyValue.of("uri", "/VAADIN/push");
        }
        if ("uidl".equals(request.getParameter("v-r"))) {
            return KeyValue.of("uri", "/?v-r=uidl");
        }
        if (path.startsWith("/VAADIN/")) {
            return KeyValue.of("uri", "/VAADIN/**");
        }
        return super.uri(context);
    }
}
