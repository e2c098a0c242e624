package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.InvitationNotFoundException;
import app.helmsman.tasks.ProjectInvitation;
import app.helmsman.tasks.ProjectInvitationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The signed-in person's pending invitations to shared projects, each with Accept and Decline; hidden while
 * there are none. Answers are announced; a live refresh that brings a new invitation announces it too.
 */
final class InvitationsSection extends Section {

    private final ProjectInvitationService invitations;
    private final Runnable answered;
    private final UnorderedList list = new UnorderedList();
    private List<ProjectInvitation> shown = List.of();

    /** {@code answered} runs after an invitation was accepted or declined (the project list may have changed). */
    InvitationsSection(ProjectInvitationService invitations, Runnable answered) {
        this.invitations = invitations;
        this.answered = answered;
        addClassName("hm-invitations");
        var heading = new H2("Invitations");
        heading.setId("hm-invitations-heading");
        getElement().setAttribute("aria-labelledby", "hm-invitations-heading");
        list.addClassName("hm-plain-list");
        list.getElement().setAttribute("aria-label", "Invitations to shared projects");
        add(heading, list);
        refresh(false);
    }

    /** Reloads the invitations; with {@code announceNew}, says so when one arrived since the last load. */
    void refresh(boolean announceNew) {
        var before = shown.stream().map(ProjectInvitation::id).toList();
        shown = invitations.mine();
        list.removeAll();
        shown.forEach(invitation -> list.add(row(invitation)));
        setVisible(!shown.isEmpty());
        if (announceNew) {
            shown.stream().filter(i -> !before.contains(i.id())).findFirst().ifPresent(i -> Announcer.announce(describe(i)
                    + " Accept or decline it under Invitations."));
        }
    }

    List<ProjectInvitation> shown() {
        return shown;
    }

    private ListItem row(ProjectInvitation invitation) {
        var accept = new Button("Accept", e -> answer(invitation, true));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel("Accept the invitation to " + invitation.projectName());
        var decline = new Button("Decline", e -> answer(invitation, false));
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        decline.setAriaLabel("Decline the invitation to " + invitation.projectName());
        var item = new ListItem(new Span(describe(invitation) + " "), accept, decline);
        item.addClassName("hm-invitation");
        return item;
    }

    private void answer(ProjectInvitation invitation, boolean accept) {
        try {
            if (accept) {
                invitations.accept(invitation.id());
                Announcer.announce("You joined '" + invitation.projectName() + "'.");
            } else {
                invitations.decline(invitation.id());
                Announcer.announce("Declined the invitation to '" + invitation.projectName() + "'.");
            }
        } catch (InvitationNotFoundException e) {
            Announcer.announce(e.getMessage());
        }
        refresh(false);
        answered.run();
        // the answered row's buttons are gone: focus the next invitation's Accept button, if any
        list.getChildren().findFirst().flatMap(row -> row.getChildren().filter(Button.class::isInstance).findFirst())
                .map(Button.class::cast).ifPresent(Button::focus);
    }

    private static String describe(ProjectInvitation invitation) {
        return invitation.invitedByName() + " invited you to '" + invitation.projectName() + "' (" + invitation.role().label() + ").";
    }
}
