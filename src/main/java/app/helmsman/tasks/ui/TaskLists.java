package app.helmsman.tasks.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskBulkService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskMoveService;
import app.helmsman.tasks.TaskScheduleService;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskTrashService;
import app.helmsman.tasks.TaskUndoService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every {@link TaskList} needs from the rest of the app, in one bean, so that a view only passes
 * this on: the services, the details editor, live updates and which day it is for the person.
 */
@Component
class TaskLists {

    final TaskService tasks;
    final TaskListService taskLists;
    final TaskMoveService moves;
    final TaskTrashService trash;
    final TaskUndoService undo;
    final TaskBulkService bulk;
    final TaskScheduleService schedule;
    final ProjectService projects;
    final LiveUpdates live;
    private final ObjectProvider<TaskEditor> editor;
    private final SignedInUser user;
    private final UserTimeZones zones;
    private final Clock clock;
    private final ObjectProvider<ProjectDirectory> directory;

    TaskLists(TaskService tasks, TaskListService taskLists, TaskMoveService moves, TaskTrashService trash, TaskUndoService undo,
              TaskBulkService bulk, TaskScheduleService schedule, ProjectService projects, LiveUpdates live, ObjectProvider<TaskEditor> editor, SignedInUser user, UserTimeZones zones,
              Clock clock, ObjectProvider<ProjectDirectory> directory) {
        this.directory = directory;
        this.tasks = tasks;
        this.taskLists = taskLists;
        this.moves = moves;
        this.trash = trash;
        this.undo = undo;
        this.bulk = bulk;
        this.schedule = schedule;
        this.projects = projects;
        this.live = live;
        this.editor = editor;
        this.user = user;
        this.zones = zones;
        this.clock = clock;
    }

    /** The details editor of this window, or null while none is installed. */
    TaskEditor editor() {
        return editor.getIfAvailable();
    }

    UUID userId() {
        return user.requireId();
    }

    /** Today in the person's time zone (UTC while it is not known). */
    LocalDate today() {
        return clock.instant().atZone(zones.zoneOf(userId())).toLocalDate();
    }

    /** Names of the person's projects (archived ones too) by id, from this window's copy ({@link ProjectDirectory}). */
    Map<UUID, String> projectNames() {
        return directory.getObject().projectNames();
    }

    /** This window's copy of the project and tag names. */
    ProjectDirectory directory() {
        return directory.getObject();
    }
}
