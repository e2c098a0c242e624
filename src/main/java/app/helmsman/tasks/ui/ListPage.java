package app.helmsman.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** Small pieces the list views share: the heading with its intro line, a calm empty state, in-memory slices. */
final class ListPage {

    private ListPage() {
    }

    /** The view's one H1 and, when given, a short muted line under it. */
    static Component header(String title, String intro) {
        var header = new Div(new H1(title));
        header.addClassName("hm-view-header");
        if (intro != null) {
            var line = new Paragraph(intro);
            line.addClassName("hm-muted");
            header.add(line);
        }
        return header;
    }

    /** What an empty list says instead of rows. */
    static Paragraph empty(String text) {
        var empty = new Paragraph(text);
        empty.addClassName("hm-empty-state");
        return empty;
    }

    /** One page of a list that is already in memory (a bounded list such as Upcoming's 14 days). */
    static <T> Slice<T> slice(List<T> all, Pageable page) {
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new SliceImpl<>(all.subList(from, to), page, to < all.size());
    }
}
