package app.helmsman.focus.ui;

import app.helmsman.focus.FocusService;
import app.helmsman.focus.FocusSession;
import app.helmsman.focus.FocusStats;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;

/** Focus today and this week, said plainly: no streaks, no targets, nothing to lose. */
class FocusStatsSection extends Section {

    final Paragraph today = new Paragraph();
    final Paragraph week = new Paragraph();
    private final FocusService focus;

    FocusStatsSection(FocusService focus) {
        this.focus = focus;
        addClassName("hm-focus-stats");
        add(new H2("Your focus"), today, week);
    }

    void refresh() {
        var stats = focus.stats();
        today.setText("Today: " + sentence(stats.today()));
        week.setText("This week: " + sentence(stats.week()));
    }

    static String sentence(FocusStats.Period period) {
        if (period.sessions() == 0) {
            return "no focus sessions yet.";
        }
        return FocusSession.minutes(Duration.ofMinutes(period.minutes())) + " in " + count(period.sessions(), "session") + ", "
                + count(period.breaks(), "break") + " taken.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
