package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of fields of the details dialog (a section with a heading). Fields save themselves through the
 * {@link DetailsSession}; the group fills them from a task and shows a service's messages next to them.
 */
abstract class FieldGroup extends Div {

    /** The fields by the service's field name, for messages. */
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    protected final DetailsSession session;

    FieldGroup(String heading, DetailsSession session) {
        this.session = session;
        addClassName("hm-field-group");
        var h = new H3(heading);
        add(h);
    }

    /** Fills the fields from the task (on open, after "take theirs"). */
    abstract void show(TaskDetails task);

    /** Refreshes what is read-only (lists, summaries) after a save, without touching what the person types. */
    void saved(TaskDetails task) {
    }

    protected void named(String field, HasValidation component) {
        byName.put(field, component);
    }

    /** Shows the message next to its field, keeping the field's text; false when no field here has that name. */
    boolean showError(String field, String message) {
        var component = byName.get(field);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    void clearError(String field) {
        var component = byName.get(field);
        if (component != null) {
            component.setInvalid(false);
        }
    }

    void clearErrors() {
        byName.values().forEach(c -> c.setInvalid(false));
    }
}
