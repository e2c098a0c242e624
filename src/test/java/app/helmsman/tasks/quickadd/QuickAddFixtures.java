package app.helmsman.tasks.quickadd;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The moment most quick-add tests parse at: Saturday 28 November 2026, 10:00 in Berlin. */
final class QuickAddFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, BERLIN);
    static final QuickAddParser PARSER = new QuickAddParser();

    private QuickAddFixtures() {
    }

    static ParsedTask parse(String text) {
        return PARSER.parse(text, NOW);
    }
}
