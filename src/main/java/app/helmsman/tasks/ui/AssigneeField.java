package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.ProjectMember;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.TaskValidationException;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Assigned to": who in the task's project does it, or nobody. Offers only the people with access to the
 * project (the service enforces it too) and saves on change; a refusal shows next to the field.
 */
final class AssigneeField extends Select<UUID> {

    private final ProjectMembersService members;
    private UUID taskId;
    private boolean loading;

    AssigneeField(ProjectMembersService members) {
        this.members = members;
        setLabel("Assigned to");
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption("Nobody");
        addClassName("hm-assignee");
        addValueChangeListener(event -> {
            if (loading || !event.isFromClient() || taskId == null) {
                return;
            }
            try {
                members.assign(taskId, event.getValue());
                setInvalid(false);
                Announcer.announce(event.getValue() == null ? "Nobody is assigned now." : "Assigned to " + getItemLabelGenerator().apply(event.getValue()) + ".");
            } catch (TaskValidationException e) {
                refuse(event.getOldValue(), e.errors().getOrDefault("assigneeId", e.getMessage()));
            } catch (NotAllowedException e) {
                refuse(event.getOldValue(), e.getMessage());
            }
        });
    }

    /** Shows the task's assignee and who it can be assigned to. */
    void show(UUID task, UUID assignee) {
        this.taskId = task;
        loading = true;
        try {
            Map<UUID, ProjectMember> people = members.assignable(task).stream()
                    .collect(Collectors.toMap(ProjectMember::userId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            setItemLabelGenerator(id -> id == null ? "Nobody" : people.containsKey(id) ? people.get(id).displayName() : "Someone without access");
            var items = new ArrayList<>(people.keySet());
            if (assignee != null && !people.containsKey(assignee)) {
                items.add(assignee);
            }
            setItems(items);
            setValue(assignee);
            setInvalid(false);
        } finally {
            loading = false;
        }
    }

    private void refuse(UUID previous, String message) {
        loading = true;
        setValue(previous);
        loading = false;
        setErrorMessage(message);
        setInvalid(true);
    }
}
