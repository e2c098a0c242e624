package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.MainLayout;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import app.helmsman.tasks.InputBounds;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TagView;
import app.helmsman.tasks.TaskSearch;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search form: words, status, energy, focus, priority, project, tag, a due range and "assigned to me", kept in the
 * URL's query parameters ({@code q, status, energy, focus, priority, project, tag, from, to, mine}) so that a
 * search can be bookmarked and survives a reload. A range that ends before it starts is reported next to
 * the field and not searched; nothing typed is cleared.
 */
final class SearchFilters extends Div {

    final TextField text = new TextField("Words in the title");
    final MultiSelectComboBox<Status> status = new MultiSelectComboBox<>("Status");
    final MultiSelectComboBox<Energy> energy = new MultiSelectComboBox<>("Energy");
    final MultiSelectComboBox<FocusType> focus = new MultiSelectComboBox<>("Focus");
    final MultiSelectComboBox<Integer> priority = new MultiSelectComboBox<>("Priority");
    final ComboBox<ProjectView> project = new ComboBox<>("Project");
    final ComboBox<TagView> tag = new ComboBox<>("Tag");
    final DatePicker from = new DatePicker("Due from");
    final DatePicker to = new DatePicker("Due until");
    final Checkbox mine = new Checkbox("Only tasks assigned to me");
    final Details more = new Details("More filters");

    SearchFilters(List<ProjectView> projects, List<TagView> tags, Runnable changed) {
        addClassName("hm-search-filters");
        app.helmsman.shared.ui.DateFormats.apply(from);
        app.helmsman.shared.ui.DateFormats.apply(to);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(InputBounds.SEARCH_TEXT_MAX_LENGTH);
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> label(s.name()));
        status.setHelperText("Empty: every status but done");
        energy.setItems(Energy.values());
        energy.setItemLabelGenerator(e -> label(e.name()));
        focus.setItems(FocusType.values());
        focus.setItemLabelGenerator(f -> label(f.name()));
        priority.setItems(1, 2, 3, 4);
        priority.setItemLabelGenerator(p -> p == 1 ? "1 (highest)" : p == 4 ? "4 (lowest)" : Integer.toString(p));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectView::name);
        project.setClearButtonVisible(true);
        project.setPlaceholder("Any project");
        tag.setItems(tags);
        tag.setItemLabelGenerator(t -> "#" + t.name());
        tag.setClearButtonVisible(true);
        tag.setPlaceholder("Any tag");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(text, status, energy, focus, priority, project, tag, from, to, mine);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        }));
        // "/" lands in the words field (MainLayout.INITIAL_FOCUS); the nine other filters sit behind one toggle, so the
        // first result is two Tabs away rather than ten. A search that uses them (a bookmark) shows them open.
        text.getElement().setAttribute(MainLayout.INITIAL_FOCUS, true);
        var others = new Div(status, energy, focus, priority, project, tag, from, to, mine);
        others.addClassName("hm-search-more");
        more.addClassName("hm-search-more-filters");
        more.add(others);
        add(text, more);
    }

    /** Shows why the text cannot be searched for, or clears that when {@code message} is null. */
    void textProblem(String message) {
        text.setInvalid(message != null);
        text.setErrorMessage(message);
        if (message != null) {
            Announcer.announce(message);
        }
    }

    /** The search the fields describe, or empty while the due range is backwards (the field then says so). */
    Optional<TaskSearch> search() {
        var start = from.getValue();
        var end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage("Choose a day on or after " + start + ".");
            return Optional.empty();
        }
        to.setInvalid(false);
        var words = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return Optional.of(new TaskSearch(words, status.getValue(), energy.getValue(), focus.getValue(), priority.getValue(),
                project.getValue() == null ? null : project.getValue().id(), tag.getValue() == null ? null : tag.getValue().id(),
                start, end, mine.getValue()));
    }

    /** The query parameters of the current fields (only those that are set). */
    QueryParameters query() {
        var params = new LinkedHashMap<String, String>();
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
        putAll(params, "status", status.getValue(), Enum::name);
        putAll(params, "energy", energy.getValue(), Enum::name);
        putAll(params, "focus", focus.getValue(), Enum::name);
        putAll(params, "priority", priority.getValue(), Object::toString);
        Optional.ofNullable(project.getValue()).ifPresent(p -> params.put("project", p.id().toString()));
        Optional.ofNullable(tag.getValue()).ifPresent(t -> params.put("tag", t.id().toString()));
        Optional.ofNullable(from.getValue()).ifPresent(d -> params.put("from", d.toString()));
        Optional.ofNullable(to.getValue()).ifPresent(d -> params.put("to", d.toString()));
        if (mine.getValue()) {
            params.put("mine", "true");
        }
        return QueryParameters.simple(params);
    }

    /** Fills the fields from query parameters; values that make no sense (or are not the person's) are left out. */
    void read(QueryParameters query) {
        var params = query.getParameters();
        text.setValue(first(params, "q").orElse(""));
        status.setValue(values(params, "status", v -> Status.valueOf(v.toUpperCase(Locale.ROOT))));
        energy.setValue(values(params, "energy", v -> Energy.valueOf(v.toUpperCase(Locale.ROOT))));
        focus.setValue(values(params, "focus", v -> FocusType.valueOf(v.toUpperCase(Locale.ROOT))));
        priority.setValue(values(params, "priority", Integer::valueOf).stream().filter(p -> p >= 1 && p <= 4).collect(Collectors.toSet()));
        project.setValue(first(params, "project").flatMap(id -> project.getListDataView().getItems()
                .filter(p -> p.id().toString().equals(id)).findFirst()).orElse(null));
        tag.setValue(first(params, "tag").flatMap(id -> tag.getListDataView().getItems()
                .filter(t -> t.id().toString().equals(id)).findFirst()).orElse(null));
        from.setValue(first(params, "from").flatMap(SearchFilters::date).orElse(null));
        to.setValue(first(params, "to").flatMap(SearchFilters::date).orElse(null));
        mine.setValue(first(params, "mine").map("true"::equals).orElse(false));
        if (params.keySet().stream().anyMatch(name -> !name.equals("q"))) {
            more.setOpened(true);
        }
    }

    private static <T> void putAll(Map<String, String> params, String name, Set<T> values, Function<T, String> format) {
        if (!values.isEmpty()) {
            params.put(name, values.stream().map(format).sorted().collect(Collectors.joining(",")));
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <T> Set<T> values(Map<String, List<String>> params, String name, Function<String, T> parse) {
        return first(params, name).stream().flatMap(v -> Arrays.stream(v.split(","))).map(v -> {
            try {
                return parse.apply(v.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String label(String name) {
        return (name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT)).replace('_', ' ');
    }
}
