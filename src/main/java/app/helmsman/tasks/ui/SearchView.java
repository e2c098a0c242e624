package app.helmsman.tasks.ui;

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
                .map(search -> lists.taskLists.search(search, page))
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

    /** The query parameters the URL now has. */
    QueryParameters query() {
        return query;
    }
}
