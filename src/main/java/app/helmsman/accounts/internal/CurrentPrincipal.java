package app.helmsman.accounts.internal;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of the current request or Vaadin session. Reads the application context's own
 * {@link SecurityContextHolderStrategy} (Vaadin's), never the JVM-global holder, so it stays right when
 * two instances share a JVM (tests) and inside Vaadin background access.
 */
@Component
public class CurrentPrincipal {

    private final SecurityContextHolderStrategy strategy;

    CurrentPrincipal(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public Optional<HelmsmanPrincipal> get() {
        var authentication = strategy.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof HelmsmanPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
