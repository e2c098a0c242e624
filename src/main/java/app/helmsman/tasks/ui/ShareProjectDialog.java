package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.InvitationNotFoundException;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.ProjectInvitation;
import app.helmsman.tasks.ProjectInvitationService;
import app.helmsman.tasks.ProjectMember;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectRole;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.UUID;

/**
 * Share a project: invite an existing account by email with a role (they get access once they accept), see and
 * withdraw pending invitations, change roles, remove members. Owners manage; everyone else sees who has access.
 * Messages stand next to the email field, and what was typed stays until an invitation succeeds.
 */
final class ShareProjectDialog extends Dialog {

    private final ProjectMembersService members;
    private final ProjectInvitationService invitations;
    private final UUID projectId;
    final EmailField email = new EmailField("Email address");
    final Select<ProjectRole> role = new Select<>();
    final Paragraph result = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final UnorderedList pending = new UnorderedList();

    ShareProjectDialog(ProjectMembersService members, ProjectInvitationService invitations, UUID projectId, String projectName) {
        this.members = members;
        this.invitations = invitations;
        this.projectId = projectId;
        setHeaderTitle("Share '" + projectName + "'");
        addClassName("hm-share-dialog");
        var owner = members.myRole(projectId) == ProjectRole.OWNER;
        if (owner) {
            email.setHelperText("They need a Helmsman account already, and get access once they accept.");
            role.setLabel("Role");
            role.setItems(ProjectRole.EDITOR, ProjectRole.VIEWER, ProjectRole.OWNER);
            role.setItemLabelGenerator(ProjectRole::label);
            role.setValue(ProjectRole.EDITOR);
            var invite = new Button("Invite", e -> invite());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var form = new Div(email, role, invite);
            form.addClassName("hm-share-form");
            add(form, result);
        }
        list.getElement().setAttribute("aria-label", "People with access");
        add(list);
        if (owner) {
            pending.getElement().setAttribute("aria-label", "Pending invitations");
            pending.addClassName("hm-pending-invitations");
            add(pending);
        }
        refresh(owner);
        var close = new Button("Close", e -> close());
        getFooter().add(close);
    }

    private void invite() {
        try {
            var invitation = invitations.invite(projectId, email.getValue(), role.getValue());
            email.setInvalid(false);
            result.setText(invitation.message());
            Announcer.announce(invitation.message());
            if (invitation.added()) {
                email.clear();
                refresh(true);
            }
        } catch (TaskValidationException e) {
            email.setErrorMessage(e.errors().getOrDefault("email", e.getMessage()));
            email.setInvalid(true);
        } catch (NotAllowedException e) {
            result.setText(e.getMessage());
        }
    }

    private void refresh(boolean owner) {
        list.removeAll();
        for (var member : members.members(projectId)) {
            list.add(row(member, owner));
        }
        if (owner) {
            pending.removeAll();
            var waiting = invitations.pending(projectId);
            waiting.forEach(invitation -> pending.add(pendingRow(invitation)));
            pending.setVisible(!waiting.isEmpty());
        }
    }

    private ListItem pendingRow(ProjectInvitation invitation) {
        var item = new ListItem();
        item.addClassName("hm-pending-invitation");
        item.add(new Span(invitation.inviteeName() + " (" + invitation.inviteeEmail() + "): invited, " + invitation.role().label()
                + ", not answered yet"));
        var withdraw = new Button("Withdraw", e -> {
            try {
                invitations.withdraw(invitation.id());
                Announcer.announce("Withdrew the invitation to " + invitation.inviteeName() + ".");
            } catch (InvitationNotFoundException gone) {
                Announcer.announce(gone.getMessage());
            }
            refresh(true);
            email.focus(); // the withdrawn row's button is gone: focus goes back to the form
        });
        withdraw.setAriaLabel("Withdraw the invitation to " + invitation.inviteeName());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.add(withdraw);
        return item;
    }

    private ListItem row(ProjectMember member, boolean owner) {
        var item = new ListItem();
        item.addClassName("hm-member");
        item.add(new Span(member.displayName() + " (" + member.email() + ")"));
        if (!owner || member.creator()) {
            item.add(new Span(member.creator() ? "Owner, created the project" : member.role().label()));
            return item;
        }
        var roleSelect = new Select<ProjectRole>();
        roleSelect.setAriaLabel("Role of " + member.displayName());
        roleSelect.setItems(ProjectRole.values());
        roleSelect.setItemLabelGenerator(ProjectRole::label);
        roleSelect.setValue(member.role());
        roleSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                members.changeRole(projectId, member.userId(), e.getValue());
                Announcer.announce(member.displayName() + ": " + e.getValue().label() + ".");
            }
        });
        var remove = new Button("Remove", e -> {
            members.remove(projectId, member.userId());
            Announcer.announce(member.displayName() + " no longer has access.");
            refresh(true);
            email.focus(); // the removed row's button is gone: focus goes back to the form
        });
        remove.setAriaLabel("Remove " + member.displayName());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        item.add(roleSelect, remove);
        return item;
    }
}
