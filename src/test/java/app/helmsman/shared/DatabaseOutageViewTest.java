package app.helmsman.shared;

import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.DatabaseOutageErrorHandler;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a person sees when an action fails because PostgreSQL is unreachable (see also DatabaseRestartIT). */
class DatabaseOutageViewTest extends KaribuTest {

    @Test
    void an_action_that_fails_because_postgresql_is_away_tells_the_person_calmly_that_nothing_was_saved() {
        // What a @Transactional service throws when the pool gets no connection (seen in DatabaseRestartIT).
        var failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("helmsman - Connection is not available, request timed out after 5000ms"));

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        NotificationsKt.expectNotifications(DatabaseOutageErrorHandler.MESSAGE);
    }

    @Test
    void a_page_that_cannot_load_because_postgresql_is_away_says_so_calmly_without_internals() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("test/database-unavailable");

        assertThat(_get(H1.class).getText()).isEqualTo("Helmsman cannot reach its database");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Nothing you saved is lost. Please try again in a minute.")
                .noneMatch(text -> text.toLowerCase().contains("exception") || text.contains("JPA"));
    }

    @Test
    void a_connection_lost_in_the_middle_of_a_transaction_counts_as_the_database_being_away() {
        var lost = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("This connection has been closed.", "08003")));

        assertThat(DatabaseOutageErrorHandler.databaseUnavailable(lost)).isTrue();
    }

    @Test
    void other_errors_are_left_to_the_default_handler() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug in a view")));

        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(DatabaseOutageErrorHandler.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
    }
}
