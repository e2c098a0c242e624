package app.helmsman.shared;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Test-only page that fails to load the way a view does when its service finds PostgreSQL away. */
@Route("test/database-unavailable")
@PageTitle("Test")
@AnonymousAllowed
public class DatabaseUnavailableProbeRoute extends Div {

    public DatabaseUnavailableProbeRoute() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("helmsman - Connection is not available, request timed out after 5000ms"));
    }
}
