package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskSearch;
import app.helmsman.tasks.TaskValidationException;
import app.helmsman.tasks.TaskView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** Finds tasks by words and filters; the filters live in the URL, so a search can be bookmarked. */
@Route("search")
@PageTitle("Search · Helmsman")
@Menu(title = "Search", order = 3)
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private final SearchFilters filters;
    private final TaskList list;
    private QueryParameters query = QueryParameters.empty();

    SearchView(TaskLists lists) {
        addClassName("hm-list-view");
        filters = new SearchFilters(lists.projects.projects(true), lists.projects.tags(), this::filtersChanged);
        var empty = ListPage.empty("No tasks match. Try fewer words or filters.");
        list = new TaskList(lists, "Search results", page -> filters.search()
                .map(search -> search(lists, search, page))
                .orElseGet(() -> new SliceImpl<>(java.util.List.of(), page, false)), empty, new TaskList.Options(false, false, null));
        add(ListPage.header("Search", null), filters, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        query = filters.query();
        if (list.isAttached()) {
            list.refresh();
        }
    }

    private void filtersChanged() {
        if (filters.search().isEmpty()) {
            return;
        }
        query = filters.query();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("search", query));
        list.refresh();
    }

    /** The results, or none with the service's reason on the text field (too long, or a character it cannot search for). */
    private Slice<TaskView> search(TaskLists lists, TaskSearch search, Pageable page) {
        try {
            var found = lists.taskLists.search(search, page);
            filters.textProblem(null);
            return found;
        } catch (TaskValidationException e) {
            filters.textProblem(e.errors().getOrDefault("text", e.getMessage()));
            return new SliceImpl<>(java.util.List.of(), page, false);
        }
    }

    /** The query parameters the URL now has. */
    QueryParameters query() {
        return query;
    }
}
