package app.helmsman.tasks;

import java.util.List;

/** An area with its projects; the area is null for the projects that belong to none. */
public record AreaOverview(AreaView area, List<ProjectView> projects) {

    public AreaOverview {
        projects = List.copyOf(projects);
    }
}
