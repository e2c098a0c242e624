package app.helmsman.accounts.ui;

import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a service's per-field messages next to the fields, focuses the first, and announces them. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    void show(Map<String, String> errors) {
        clear();
        HasValidation first = null;
        for (var entry : fields.entrySet()) {
            var message = errors.get(entry.getKey());
            if (message != null) {
                entry.getValue().setErrorMessage(message);
                entry.getValue().setInvalid(true);
                first = first == null ? entry.getValue() : first;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        var count = errors.size();
        Announcer.announce(count == 1 ? errors.values().iterator().next() : count + " fields need attention.");
    }
}
