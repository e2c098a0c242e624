package app.helmsman.admin.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.Role;
import app.helmsman.accounts.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The ops console's start: the accounts of this installation. */
@Route("admin")
@PageTitle("Admin · Helmsman")
@Menu(title = "Admin", order = 100)
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Grid<UserSummary> users = new Grid<>();

    AdminView(AccountService accounts) {
        add(new H1("Admin"), new H2("Users"));
        users.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        users.addColumn(UserSummary::email).setHeader("Email").setAutoWidth(true);
        users.addColumn(u -> u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "))).setHeader("Roles");
        users.addColumn(u -> u.providers().isEmpty() ? "password" : String.join(", ", u.providers())).setHeader("Sign-in");
        users.addColumn(u -> DATE.format(u.createdAt())).setHeader("Created");
        users.setAllRowsVisible(true);
        users.setAriaLabel("Users");
        users.setItems(accounts.listUsers());
        add(users);
    }
}
