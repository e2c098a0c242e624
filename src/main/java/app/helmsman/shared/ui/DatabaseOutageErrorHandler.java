package app.helmsman.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When PostgreSQL is unreachable (a restart, a failover), an action in any view fails in its service
 * call. Instead of nothing visible happening (and a stack trace in the log for every click), the person
 * is told calmly that nothing was saved and that what they typed is still there; the log gets one line.
 * Every other error goes to Vaadin's default handler as before.
 */
@Component
public class DatabaseOutageErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    public static final String MESSAGE = "Helmsman cannot reach its database right now, so this was not saved. "
            + "What you typed is still here; please try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageErrorHandler.class);
    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!databaseUnavailable(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        log.warn("An action failed because the database is unreachable: {}", event.getThrowable().getMessage());
        var ui = event.getComponent().flatMap(component -> component.getUI()).orElseGet(UI::getCurrent);
        if (ui != null) {
            var notification = new Notification(MESSAGE, 8000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            // A notification is itself a polite live region: screen readers hear it without the Announcer.
            ui.add(notification);
            notification.setOpened(true);
        }
    }

    /**
     * True when the failure (or one of its causes) means PostgreSQL could not be reached: no connection from
     * the pool, or a connection lost (SQLState class 08).
     */
    public static boolean databaseUnavailable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException || cause instanceof SQLTransientConnectionException
                    || cause instanceof java.net.ConnectException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
