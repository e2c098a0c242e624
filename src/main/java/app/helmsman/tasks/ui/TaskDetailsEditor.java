package app.helmsman.tasks.ui;

import app.helmsman.accounts.AccountService;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.ProjectMembersService;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskActionContribution;
import app.helmsman.tasks.TaskDependencyService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskMoveService;
import app.helmsman.tasks.TaskService;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/** Opens {@link TaskDetailsDialog} for lists ({@code e}, a title) and for the project view. */
@SpringComponent
@UIScope
class TaskDetailsEditor implements TaskEditor {

    private final TaskService tasks;
    private final TaskListService lists;
    private final TaskMoveService moves;
    private final TaskDependencyService dependencies;
    private final ProjectService projects;
    private final ObjectProvider<TaskActionContribution> actions;
    private final ProjectMembersService members;
    private final LiveUpdates live;
    private final AccountService accounts;
    private TaskDetailsDialog current;

    TaskDetailsEditor(TaskService tasks, TaskListService lists, TaskMoveService moves, TaskDependencyService dependencies,
                      ProjectService projects, ObjectProvider<TaskActionContribution> actions, ProjectMembersService members,
                      LiveUpdates live, AccountService accounts) {
        this.tasks = tasks;
        this.lists = lists;
        this.moves = moves;
        this.dependencies = dependencies;
        this.projects = projects;
        this.actions = actions;
        this.members = members;
        this.live = live;
        this.accounts = accounts;
    }

    @Override
    public void open(UUID taskId, Runnable closed) {
        if (current != null && current.isOpened()) {
            current.close();
        }
        var dialog = new TaskDetailsDialog(tasks, lists, moves, dependencies, projects, tasks.get(taskId));
        dialog.getFooter().addComponentAsFirst(new ContributedActions(List.copyOf(actions.orderedStream().toList()), tasks, dialog));
        // Who does it (shared projects), and a calm warning when someone else changes the task meanwhile.
        var assignee = new AssigneeField(members);
        assignee.show(taskId, members.assignee(taskId));
        dialog.addMore(assignee);
        var elsewhere = new ChangedElsewhere(() -> {
            dialog.reload(tasks.get(taskId));
            assignee.show(taskId, members.assignee(taskId));
        });
        dialog.addComponentAsFirst(elsewhere);
        dialog.addAttachListener(attach -> {
            var watch = elsewhere.watch(attach.getUI(), live, accounts.currentUser().id(), () -> taskId);
            dialog.addDetachListener(detach -> watch.remove());
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                if (current == dialog) {
                    current = null;
                }
                closed.run();
            }
        });
        current = dialog;
        dialog.open();
    }

    /** The open dialog, for tests. */
    TaskDetailsDialog current() {
        return current;
    }
}
