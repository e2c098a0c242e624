package app.helmsman.tasks.ui;

import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.menu.MenuConfiguration;
import app.helmsman.tasks.Directory;
import java.util.ArrayList;
import java.util.List;

/**
 * Ctrl+K: one combo box that filters every command (go to any view of the menu, create a task or a project,
 * show the shortcuts) as the person types; Enter runs the highlighted one. Fully keyboard operable.
 */
class CommandPalette extends Dialog {

    /** Something the palette can do. */
    record Command(String label, Runnable action) {
    }

    private final ComboBox<Command> box = new ComboBox<>("Command");

    CommandPalette(Runnable createTask, Runnable createProject, Runnable showShortcuts, Directory places) {
        setHeaderTitle("Command palette");
        getElement().setAttribute("aria-label", "Command palette");
        addClassName("hm-palette");
        setWidth("min(32rem, 95vw)");
        var commands = commands(createTask, createProject, showShortcuts);
        commands.addAll(places(places));
        box.setItems(commands);
        box.setItemLabelGenerator(Command::label);
        box.setPlaceholder("Type a view or an action");
        box.setHelperText("Type to filter, arrows to choose, Enter to run, Escape to close.");
        box.setWidthFull();
        box.setAutofocus(true);
        box.setAutoOpen(true);
        box.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                close();
                e.getValue().action().run();
            }
        });
        // Enter with nothing highlighted (the person typed until one command was left) arrives as the typed text:
        // run the first command that the combo box's own filter (words contained, any case) still shows.
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> matching(commands, e.getDetail()).ifPresentOrElse(command -> {
            close();
            command.action().run();
        }, () -> Announcer.announce("No command matches \u201c" + e.getDetail() + "\u201d.")));
        // One Escape closes the palette, also while its list is open (the combo box would keep the first for itself).
        box.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Escape') {"
                + " this.dispatchEvent(new CustomEvent('hm-escape')); } }, true);");
        box.getElement().addEventListener("hm-escape", e -> close());
        add(box);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                box.focus();
                Announcer.announce("Command palette open: type to filter, Enter to run.");
            }
        });
    }

    /** The first command whose label contains {@code typed} (ignoring case), as the combo box filters. */
    static java.util.Optional<Command> matching(List<Command> commands, String typed) {
        var wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        return commands.stream().filter(c -> c.label().toLowerCase(java.util.Locale.ROOT).contains(wanted)).findFirst();
    }

    ComboBox<Command> box() {
        return box;
    }

    /** "Go to project Home (3 open)" for every project that is not archived, and "Go to tag #errands" for every tag. */
    static List<Command> places(Directory places) {
        var commands = new ArrayList<Command>();
        for (var project : places.projects()) {
            if (!project.archived()) {
                var path = "projects/" + project.id();
                commands.add(new Command("Go to project " + project.name() + " (" + project.openTasks() + " open)",
                        () -> UI.getCurrent().navigate(path)));
            }
        }
        for (var tag : places.tags()) {
            var path = "tags/" + tag.id();
            commands.add(new Command("Go to tag #" + tag.name(), () -> UI.getCurrent().navigate(path)));
        }
        return commands;
    }

    static List<Command> commands(Runnable createTask, Runnable createProject, Runnable showShortcuts) {
        var commands = new ArrayList<Command>();
        commands.add(new Command("Create task", createTask));
        commands.add(new Command("Create project", createProject));
        var hasSearch = false;
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            hasSearch |= path.equals(TaskShell.SEARCH_ROUTE);
            commands.add(new Command("Go to " + entry.title(), () -> UI.getCurrent().navigate(path)));
        }
        if (!hasSearch) {
            commands.add(new Command("Go to Search", () -> UI.getCurrent().navigate(TaskShell.SEARCH_ROUTE)));
        }
        commands.add(new Command("Show keyboard shortcuts", showShortcuts));
        return commands;
    }
}
