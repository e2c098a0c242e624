package app.helmsman.admin.ui;

import app.helmsman.accounts.AccountAdministration;
import app.helmsman.accounts.AccountValidationException;
import app.helmsman.admin.AdminUser;
import app.helmsman.admin.UserAdminService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The console's users panel: search, a lazy page-by-page list (one query per page), and for the selected person:
 * disable or enable, grant or revoke admin, sign out everywhere, unlock sign-in, delete (typing the email).
 */
@Route("admin")
@PageTitle("Users · Admin · Helmsman")
@Menu(title = "Admin", order = 100)
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    final TextField search = new TextField("Search by email or name");
    final Grid<AdminUser> users = new Grid<>();
    final Paragraph active = new Paragraph();
    final H2 selectedHeading = new H2();
    final Paragraph error = new Paragraph();
    final Button disable = new Button("Disable");
    final Button enable = new Button("Enable");
    final Button grantAdmin = new Button("Make admin");
    final Button revokeAdmin = new Button("Remove admin");
    final Button signOut = new Button("Sign out everywhere");
    final Button unlock = new Button("Unlock sign-in");
    final Button delete = new Button("Delete account…");
    final Div actions = new Div();

    private final UserAdminService service;
    private final AccountAdministration administration;
    private AdminUser selected;

    AdminView(UserAdminService service, AccountAdministration administration) {
        this.service = service;
        this.administration = administration;
        addClassName("hm-admin");
        add(new H1("Users"), new AdminNav(AdminView.class), active);

        search.setMaxLength(UserAdminService.MAX_SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        users.addColumn(AdminUser::displayName).setHeader("Name").setAutoWidth(true);
        users.addColumn(AdminUser::email).setHeader("Email").setAutoWidth(true);
        users.addColumn(u -> u.admin() ? "Admin" : "User").setHeader("Role");
        users.addColumn(u -> (u.enabled() ? "Enabled" : "Disabled") + (u.signInLocked() ? ", sign-in locked" : "")).setHeader("Status");
        users.addColumn(u -> String.join(", ", u.signInMethods())).setHeader("Sign-in methods");
        users.addColumn(u -> AdminMessages.time(u.createdAt())).setHeader("Created");
        users.addColumn(u -> AdminMessages.time(u.lastSeenAt())).setHeader("Last seen");
        users.addColumn(AdminUser::tasks).setHeader("Tasks");
        users.setAriaLabel("Accounts");
        users.setPageSize(50);
        users.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        disable.addClickListener(e -> act(administration::disable, "disabled and signed out everywhere"));
        enable.addClickListener(e -> act(administration::enable, "enabled"));
        grantAdmin.addClickListener(e -> act(administration::grantAdmin, "is an admin now"));
        revokeAdmin.addClickListener(e -> act(administration::revokeAdmin, "is no longer an admin"));
        signOut.addClickListener(e -> act(administration::signOutEverywhere, "signed out everywhere"));
        unlock.addClickListener(e -> act(administration::unlock, "can sign in again"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        error.addClassName("hm-error");
        error.setVisible(false);
        actions.addClassName("hm-admin-actions");
        actions.add(selectedHeading, error, disable, enable, grantAdmin, revokeAdmin, signOut, unlock, delete);
        actions.setVisible(false);

        add(search, users, actions);
        refresh();
    }

    private void refresh() {
        var people = service.activePeople();
        active.setText("Active in the last day: " + people.daily() + " · in the last 30 days: " + people.monthly() + " · accounts: " + people.accounts());
        var text = search.getValue();
        users.setItems(query -> service.users(text, query.getOffset(), query.getLimit()).stream(), query -> service.count(text));
        select(null);
    }

    private void select(AdminUser user) {
        selected = user;
        error.setVisible(false);
        actions.setVisible(user != null);
        if (user == null) {
            return;
        }
        selectedHeading.setText("Actions for " + user.email());
        disable.setVisible(user.enabled());
        enable.setVisible(!user.enabled());
        grantAdmin.setVisible(!user.admin());
        revokeAdmin.setVisible(user.admin());
        unlock.setVisible(user.signInLocked());
    }

    private void act(Consumer<UUID> action, String outcome) {
        if (selected == null) {
            return;
        }
        var email = selected.email();
        try {
            action.accept(selected.id());
            refresh();
            AdminMessages.done(email + " " + outcome + ".");
        } catch (AccountValidationException e) {
            showError(e);
        }
    }

    private void showError(AccountValidationException e) {
        var message = String.join(" ", e.fieldErrors().values());
        error.setText(message);
        error.setVisible(true);
        app.helmsman.shared.ui.Announcer.announce(message);
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        var target = selected;
        var dialog = new DeleteAccountDialog(target.email(), typed -> {
            administration.delete(target.id(), typed);
            refresh();
            AdminMessages.done(target.email() + " was deleted with all their data.");
        });
        dialog.open();
    }

    /** Asks for the account's email before deleting it; a wrong email keeps the dialog open with what was typed. */
    static final class DeleteAccountDialog extends Dialog {

        final TextField confirmation = new TextField();
        final Button confirm = new Button("Delete for good");

        DeleteAccountDialog(String email, Consumer<String> delete) {
            setHeaderTitle("Delete " + email + "?");
            confirmation.setLabel("Type " + email + " to confirm");
            confirmation.setMaxLength(320);
            confirmation.setWidthFull();
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> {
                try {
                    delete.accept(confirmation.getValue());
                    close();
                } catch (AccountValidationException refused) {
                    confirmation.setErrorMessage(String.join(" ", refused.fieldErrors().values()));
                    confirmation.setInvalid(true);
                    confirmation.focus();
                }
            });
            add(new Paragraph("Their tasks, projects, settings and sign-in methods are deleted too. This cannot be undone."), confirmation);
            getFooter().add(new Button("Cancel", e -> close()), confirm);
        }
    }
}
