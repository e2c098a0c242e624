package app.helmsman.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** Every keyboard shortcut of the app, as a description list; {@code ?} opens it. */
class ShortcutsDialog extends Dialog {

    /** A key and what it does. */
    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> GLOBAL = List.of(
            new Shortcut("q", "Add a task (quick add)"),
            new Shortcut("/", "Search"),
            new Shortcut("?", "Show these shortcuts"),
            new Shortcut("Ctrl+K", "Command palette: go to a view, create, run an action"));

    static final List<Shortcut> LISTS = List.of(
            new Shortcut("j / k", "Move to the next / previous task"),
            new Shortcut("x", "Complete the task"),
            new Shortcut("e / Enter", "Edit the task's details"),
            new Shortcut("Delete", "Move the task to the trash"),
            new Shortcut("Alt+Up / Alt+Down", "Move the task up / down"),
            new Shortcut("Space / s", "Select the task for a bulk action"),
            new Shortcut("f", "Focus on the task (timer and next step)"),
            new Shortcut("m", "Move the task to a project or the Inbox"),
            new Shortcut("t", "Do the task today"),
            new Shortcut("o", "Do the task tomorrow"),
            new Shortcut("w", "Do the task next week (Monday)"),
            new Shortcut("d", "Someday: take the date off (it stays in its list)"),
            new Shortcut("Ctrl+Z", "Undo the last action"));

    static final List<Shortcut> TRASH = List.of(
            new Shortcut("r", "Restore the task"),
            new Shortcut("Delete", "Delete the task forever (after asking)"));

    static final List<Shortcut> FOCUS = List.of(
            new Shortcut("p", "Pause or resume the focus timer"));

    static final List<Shortcut> DIALOGS = List.of(
            new Shortcut("Enter", "Save the quick-add line"),
            new Shortcut("Escape", "Close the dialog"));

    ShortcutsDialog() {
        setHeaderTitle("Keyboard shortcuts");
        getElement().setAttribute("aria-label", "Keyboard shortcuts");
        addClassName("hm-shortcuts");
        var hint = new Span("Letter shortcuts do nothing while you type in a field.");
        hint.addClassName("hm-muted");
        add(hint, section("Anywhere", GLOBAL), section("In task lists", LISTS), section("In the trash", TRASH), section("On the focus page", FOCUS),
                section("In dialogs", DIALOGS));
        var close = new Button("Close", e -> close());
        getFooter().add(close);
        // Focus on something that shows it has focus (the dialog itself draws no ring): Close, which Escape also does.
        close.setAutofocus(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                close.focus();
            }
        });
    }

    private static Div section(String heading, List<Shortcut> shortcuts) {
        var list = new Div();
        list.getElement().setAttribute("role", "list");
        list.addClassName("hm-shortcut-list");
        for (var shortcut : shortcuts) {
            var keys = new Span();
            for (var part : shortcut.keys().split(" ")) {
                if (part.equals("/") && !shortcut.keys().equals("/")) {
                    keys.add(new Span(" or "));
                } else {
                    var kbd = new Element("kbd");
                    kbd.setText(part);
                    kbd.getClassList().add("hm-kbd");
                    keys.getElement().appendChild(kbd);
                }
            }
            var row = new Div(keys, new Span(shortcut.action()));
            row.getElement().setAttribute("role", "listitem");
            row.addClassName("hm-shortcut");
            list.add(row);
        }
        return new Div(new H3(heading), list);
    }
}
