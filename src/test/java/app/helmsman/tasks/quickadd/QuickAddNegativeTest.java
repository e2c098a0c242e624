package app.helmsman.tasks.quickadd;

import static app.helmsman.tasks.quickadd.QuickAddFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that must not be parsed: no eager dates, no half-matches, URLs and addresses left alone. */
class QuickAddNegativeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // months alone are not dates
        "Meeting notes for May",
        "Read May report",
        "Plan March budget",
        "May 2027 planning",
        "Call Jan about the car",
        // abbreviated weekdays that are words
        "Sat down with Tom",
        "Buy sun cream",
        "Get wed in spring",
        "Mon ami Pierre",
        // numbers that are not dates, times or estimates
        "Buy 2 apples",
        "Run 5k",
        "Read chapter 9",
        "Room 101",
        "Score was 3-1",
        "Pay 15m loan",
        "12/31 report",
        "Read 31 pages",
        "Watch 2 episodes",
        "5 days of rest",
        "2 weeks notice",
        // keywords without what they need
        "Meet at office",
        "Go in person",
        "Think in the meantime",
        "Plan next steps",
        "Review this week's report",
        "Go by car",
        "Submit by 5pm",
        "Pay due at 3",
        "Leave by 17:30",
        "Stand by me",
        "Do due diligence",
        "Be on time",
        "Work on Monday's agenda",
        "every single time",
        "Morning routine",
        "Plan movie night",
        "Good evening email",
        "Read in the garden",
        "Count in 3 parsecs",
        "Sleep in 0 days",
        "the 1st draft",
        // impossible dates and times
        "Party 31 Feb",
        "Party Feb 30",
        "Party 2026-02-30",
        "Party 2026-13-01",
        "Party 29 Feb 2027",
        "Call 25:00",
        "Call 3:75pm",
        "Call 13pm",
        "Call 3:3",
        // sigils that are not parts
        "Estimate ~15",
        "Estimate ~h",
        "Estimate ~0m",
        "Estimate ~15x",
        "Estimate ~1h60",
        "Estimate ~20000m",
        "Priority !5",
        "Priority !0",
        "Priority !12",
        "Wow!!",
        "Fix #123",
        "Learn C#",
        "A # sign",
        "##heading",
        "Buy C++ book",
        "a+b=c",
        "Check +1",
        "Ask @john",
        "Ask @lowest bidder",
        // URLs and e-mail addresses
        "Read https://example.com/#tomorrow",
        "Open http://example.com/a+b?x=tomorrow",
        "Visit www.example.com/#tag",
        "Email bob@example.com",
        "Email low@high.com",
        // adjectives that are recurrence words
        "Weekly review",
        "Daily standup notes",
        "Everyday carry list",
        "Monthly budget check",
    })
    void text_stays_as_it_is(String text) {
        ParsedTask task = parse(text);

        assertThat(task.parts()).isEmpty();
        assertThat(task.title()).isEqualTo(text);
        assertThat(task.doDate()).isEmpty();
        assertThat(task.recurrenceRule()).isEmpty();
    }
}
