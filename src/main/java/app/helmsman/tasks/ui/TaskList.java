package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The task list every view uses. It loads lazily, {@value #PAGE} tasks at a time from a {@link Slice}
 * query (the next page when the person asks for more or moves past the last row), so a person with
 * 10,000 tasks gets the first rows at once. Rows are updated in place on refresh, so the row with focus
 * and the selection survive live updates. Keyboard: see {@link TaskListKeys}; actions: {@link TaskActions}.
 *
 * <p>Why not {@code VirtualList}: it re-creates row components when its data is refreshed, which moves
 * focus away from the row a keyboard user is on; paging a Slice keeps every rendered row stable. Rows are
 * plain elements with one delegated listener on the list ({@link RowEvents}, ADR 0024).
 */
final class TaskList extends Div {

    static final int PAGE = 50;

    /** One page of the list's tasks. */
    interface Source {
        Slice<TaskView> fetch(Pageable page);
    }

    /**
     * One appearance of a task in the list. The first appearance of a task is its row; a later one (Upcoming
     * lists a task planned for one day again on its deadline's day) is a short read-only line, {@code echo},
     * under its own group: the keys and the selection work on the row.
     *
     * @param group the heading it goes under, or null for the list's {@link Options#grouping()}
     * @param echo what a later appearance says, or null to leave later appearances out
     */
    record Entry(TaskView task, String group, String echo) {
    }

    /** One page of the list's appearances, for lists where a task can appear more than once. */
    interface Entries {
        Slice<Entry> fetch(Pageable page);
    }

    /**
     * @param trash rows offer restore and delete forever instead of completing
     * @param reorderable Alt+Up/Down moves a task in manual order
     * @param grouping the heading of a task's group (e.g. its day) given today's date, or null for one plain list
     */
    record Options(boolean trash, boolean reorderable, BiFunction<TaskView, LocalDate, String> grouping) {
        static Options tasks() {
            return new Options(false, true, null);
        }
    }

    private final TaskLists context;
    private final Entries source;
    private final Options options;
    private final String label;
    private final Div body = new Div();
    private final Component empty;
    private final Button more = new Button("Show more tasks");
    private final BulkBar bulk;
    private final TaskActions actions;
    private final Map<UUID, TaskRow> rows = new LinkedHashMap<>();
    private final Map<String, TaskGroup> groups = new LinkedHashMap<>();
    private final Map<String, Div> echoes = new LinkedHashMap<>();
    private List<Entry> appearances = List.of();
    private final Set<UUID> selected = new LinkedHashSet<>();
    private final List<Registration> registrations = new ArrayList<>();
    private UUID current;
    private int pages = 1;
    private boolean hasMore;
    private boolean focusInside;

    TaskList(TaskLists context, String label, Source source, Component empty, Options options) {
        this((Entries) page -> source.fetch(page).map(task -> new Entry(task, null, null)), context, label, empty, options);
    }

    /** A list where a task can appear more than once (see {@link Entry}). */
    static TaskList ofEntries(TaskLists context, String label, Entries source, Component empty, Options options) {
        return new TaskList(source, context, label, empty, options);
    }

    private TaskList(Entries source, TaskLists context, String label, Component empty, Options options) {
        this.context = context;
        this.source = source;
        this.options = options;
        this.label = label;
        this.empty = empty;
        this.actions = new TaskActions(context, this);
        this.bulk = new BulkBar(actions, options.trash());
        bulk.bind(this::selectedInOrder, this::clearSelection);
        addClassName("hm-task-list");
        body.addClassName("hm-task-list-body");
        RowEvents.install(body.getElement(), this, actions.rowActions(), () -> focusInside = true);
        body.getElement().addEventListener("focusout", e -> focusInside = false).setFilter("!element.contains(event.relatedTarget)");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        more.setVisible(false);
        empty.setVisible(false);
        TaskListKeys.install(body, this, actions, options);
        add(bulk, body, more, empty);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        refresh();
        registrations.add(context.live.subscribe(ui, context.userId(), Set.of("tasks", "projects"), hints -> refresh()));
        registrations.add(TasksChangedHere.listen(ui, ids -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Loads the pages shown so far again and updates the rows in place. */
    void refresh() {
        var today = context.today();
        var projects = context.projectNames();
        var me = context.userId();
        var slice = source.fetch(PageRequest.of(0, pages * PAGE));
        hasMore = slice.hasNext();
        var wanted = new LinkedHashMap<UUID, TaskView>();
        var shown = new ArrayList<Entry>();
        for (var entry : slice.getContent()) {
            if (wanted.putIfAbsent(entry.task().id(), entry.task()) == null || entry.echo() != null) {
                shown.add(entry);
            }
        }
        appearances = shown;

        int oldIndex = current == null ? 0 : Math.max(0, ids().indexOf(current));
        boolean lostFocus = current != null && !wanted.containsKey(current) && focusInside;
        rows.entrySet().removeIf(entry -> {
            if (!wanted.containsKey(entry.getKey())) {
                entry.getValue().getElement().removeFromParent();
                return true;
            }
            return false;
        });
        selected.retainAll(wanted.keySet());
        var ordered = new LinkedHashMap<UUID, TaskRow>();
        for (var task : wanted.values()) {
            var row = rows.get(task.id());
            if (row == null) {
                row = newRow(task);
            }
            row.show(task, today, projects, me);
            row.setSelected(selected.contains(task.id()));
            ordered.put(task.id(), row);
        }
        rows.clear();
        rows.putAll(ordered);
        layout(today);

        if (current == null || !rows.containsKey(current)) {
            var order = ids();
            current = order.isEmpty() ? null : order.get(Math.min(oldIndex, order.size() - 1));
        }
        rows.values().forEach(row -> row.setCurrent(row.id().equals(current)));
        if (lostFocus && current != null) {
            rows.get(current).focusRow();
        }
        empty.setVisible(rows.isEmpty());
        more.setVisible(hasMore);
        bulk.show(selected.size());
    }

    private TaskRow newRow(TaskView task) {
        return new TaskRow(task, options.trash());
    }

    /** Puts the rows (and echoes) into their groups (or the one list) in order, moving only rows that are out of place. */
    private void layout(LocalDate today) {
        var byGroup = new LinkedHashMap<String, List<Element>>();
        var seen = new java.util.HashSet<UUID>();
        var wantedEchoes = new java.util.HashSet<String>();
        for (var entry : appearances) {
            var group = entry.group() != null ? entry.group() : groupOf(entry.task(), today);
            Element item;
            if (seen.add(entry.task().id())) {
                item = rows.get(entry.task().id()).getElement();
            } else {
                var key = entry.task().id() + "@" + group;
                wantedEchoes.add(key);
                var echo = echoes.computeIfAbsent(key, k -> echo());
                echo.setText(entry.echo());
                item = echo.getElement();
            }
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
        }
        echoes.entrySet().removeIf(entry -> {
            if (!wantedEchoes.contains(entry.getKey())) {
                entry.getValue().removeFromParent();
                return true;
            }
            return false;
        });
        groups.entrySet().removeIf(entry -> {
            if (!byGroup.containsKey(entry.getKey())) {
                entry.getValue().removeFromParent();
                return true;
            }
            return false;
        });
        int index = 0;
        for (var entry : byGroup.entrySet()) {
            var group = groups.computeIfAbsent(entry.getKey(), key -> new TaskGroup(key, label));
            if (index >= body.getElement().getChildCount() || !body.getElement().getChild(index).equals(group.getElement())) {
                body.getElement().insertChild(index, group.getElement());
            }
            group.arrange(entry.getValue());
            index++;
        }
    }

    private static Div echo() {
        var echo = new Div();
        echo.addClassName("hm-task-echo");
        echo.getElement().setAttribute("role", "listitem");
        return echo;
    }

    private String groupOf(TaskView task, LocalDate today) {
        return options.grouping() == null ? "" : options.grouping().apply(task, today);
    }

    // ---------------------------------------------------------------- focus and selection

    List<UUID> ids() {
        return new ArrayList<>(rows.keySet());
    }

    TaskRow row(UUID id) {
        return rows.get(id);
    }

    /** The row the keyboard is on, or null when the list is empty. */
    TaskRow currentRow() {
        return current == null ? null : rows.get(current);
    }

    void makeCurrent(UUID id, boolean focus) {
        if (!rows.containsKey(id)) {
            return;
        }
        var previous = currentRow();
        if (previous != null && !id.equals(current)) {
            previous.setCurrent(false);
        }
        current = id;
        rows.get(id).setCurrent(true);
        if (focus) {
            rows.get(id).focusRow();
        }
    }

    /** Moves to the next (+1) or previous (-1) row; past the last loaded row, loads the next page. */
    void move(int step) {
        var order = ids();
        if (order.isEmpty()) {
            return;
        }
        int index = current == null ? -1 : order.indexOf(current);
        int target = index + step;
        if (target >= order.size() && hasMore) {
            loadMore();
            order = ids();
        }
        target = Math.clamp(target, 0, order.size() - 1);
        makeCurrent(order.get(target), true);
    }

    void focusCurrent() {
        var row = currentRow();
        if (row != null) {
            row.focusRow();
        }
    }

    void loadMore() {
        pages++;
        refresh();
    }

    Set<UUID> selected() {
        return Set.copyOf(selected);
    }

    /** Selected ids in list order. */
    List<UUID> selectedInOrder() {
        return ids().stream().filter(selected::contains).toList();
    }

    void toggleSelected(UUID id) {
        if (!selected.remove(id)) {
            selected.add(id);
        }
        var row = rows.get(id);
        if (row != null) {
            row.setSelected(selected.contains(id));
        }
        bulk.show(selected.size());
    }

    /** Toggles the selection of a row and says what it means for the bulk actions. */
    void toggleSelectedAnnounced(UUID id) {
        toggleSelected(id);
        var title = rows.containsKey(id) ? "'" + rows.get(id).task().title() + "'" : "Task";
        int count = selected.size();
        app.helmsman.shared.ui.Announcer.announce(title + (selected.contains(id) ? " selected. " : " not selected. ")
                + (count == 1 ? "1 task selected." : count + " tasks selected."));
    }

    void clearSelection() {
        selected.clear();
        rows.values().forEach(row -> row.setSelected(false));
        bulk.show(0);
    }

    BulkBar bulkBar() {
        return bulk;
    }
}
