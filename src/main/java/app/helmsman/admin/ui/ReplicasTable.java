package app.helmsman.admin.ui;

import app.helmsman.live.LiveReplicas;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * The "Replicas" table of the live metrics panel: one row per replica (its name, people with a window open, open
 * windows, Push connections, heap used, how long ago it reported) and a Total row, as a native table with a caption
 * and header cells, so screen readers name each figure. Why only this instance is listed, when it is, is said in words.
 */
class ReplicasTable extends Div {

    static final String[] HEADERS = {"Instance", "People", "Windows", "Push connections", "Heap used", "Last report"};

    final NativeTable table = new NativeTable();
    final Paragraph problem = new Paragraph();

    ReplicasTable() {
        addClassName("hm-admin-table-scroll");
        // at 320 px or 200 % zoom the table scrolls inside this region, which the keyboard can reach and scroll
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Replicas");
        getElement().setAttribute("tabindex", "0");
        table.addClassName("hm-admin-table");
        table.setCaptionText("Replicas");
        var head = table.getHead().addRow();
        for (var header : HEADERS) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        problem.addClassName("hm-error");
        problem.setVisible(false);
        add(problem, table);
    }

    void show(LiveReplicas.Replicas replicas) {
        problem.setText(replicas.problem() == null ? "" : replicas.problem());
        problem.setVisible(replicas.problem() != null);
        var body = table.getBody();
        body.removeAllRows();
        for (var replica : replicas.replicas()) {
            var row = body.addRow();
            name(row, replica.thisInstance() ? replica.name() + " (this instance)" : replica.name());
            cells(row, replica.people(), replica.windows(), replica.push(), mib(replica.heapUsedBytes()),
                    replica.thisInstance() ? "now" : replica.age().toSeconds() + " s ago");
        }
        var foot = table.getFoot();
        foot.removeAllRows();
        var total = foot.addRow();
        int count = replicas.replicas().size();
        name(total, "Total (" + count + (count == 1 ? " replica" : " replicas") + (replicas.more() ? ", more not listed" : "") + ")");
        cells(total, replicas.people(), replicas.windows(), replicas.push(), mib(replicas.heapUsedBytes()), "");
    }

    private static void name(NativeTableRow row, String name) {
        row.addHeaderCell().setText(name);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
    }

    private static void cells(NativeTableRow row, int people, int windows, int push, String heap, String age) {
        row.addDataCell().setText(String.format(Locale.ROOT, "%,d", people));
        row.addDataCell().setText(String.format(Locale.ROOT, "%,d", windows));
        row.addDataCell().setText(String.format(Locale.ROOT, "%,d", push));
        row.addDataCell().setText(heap);
        row.addDataCell().setText(age);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
