import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Quick-add parses per second on a realistic mix of lines, one thread, after a warm-up.
 * Run from the repository root, see README.md in this folder.
 */
public final class QuickAddBench {

    /** What people type: mostly short lines, some with several parts, a few with quotes, URLs, recurrence. */
    static final List<String> MIX = List.of(
            "Call mom tomorrow 3pm ~15m !1 #family +Home @low",
            "Buy oat milk",
            "Email Sarah about the offsite",
            "Pay rent every month on the 1st !2 +Home",
            "Submit expense report by Friday! #work",
            "Dentist appointment Dec 14 at 9:30",
            "Read \"May report\" before the meeting",
            "Meeting notes for May",
            "Standup every weekday at 9:30 ~15m #work @medium",
            "Water plants every 2 weeks on Sat",
            "Call plumber about the leak today",
            "Book flights to Lisbon next month ~30m",
            "Renew passport due 2027-03-01",
            "Check https://example.com/#pricing and reply to bob@example.com",
            "Gym every Mon and Thu at 7 @high",
            "Finish slides for Thursday talk ~2h !1",
            "Buy birthday gift for Anna on 3 May #family",
            "Take out the bins tonight",
            "Weekly review",
            "Clean kitchen ~45 min @low +Home",
            "Draft blog post in 3 days ~1h30 #writing",
            "Reply to landlord",
            "Stretch daily at 8am",
            "Fix #123 in the C# parser",
            "Sort photos this weekend @low",
            "Call back in 2 hours",
            "Tax return due Friday #admin !2",
            "Plan team offsite next week #work +Work",
            "Order new glasses",
            "Pick up dry cleaning tomorrow after work"
    );

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var parser = new QuickAddParser();
        var now = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        String[] lines = MIX.toArray(String[]::new);

        long sink = 0;
        // warm-up: let the JIT compile the hot paths before measuring
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            sink += run(parser, now, lines, 10_000);
        }

        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long parses = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long t;
            do {
                sink += run(parser, now, lines, 10_000);
                parses += 10_000;
                t = System.nanoTime();
            } while (t < end);
            rates[r] = parses / ((t - start) / 1e9);
            System.out.printf("round %d: %,.0f parses/s%n", r + 1, rates[r]);
        }
        Arrays.sort(rates);
        System.out.printf("median: %,.0f parses/s (min %,.0f, max %,.0f), %d lines in the mix, java %s%n",
                rates[rounds / 2], rates[0], rates[rounds - 1], lines.length, Runtime.version());
        if (sink == 42) {
            System.out.println(); // keeps the results alive
        }
    }

    private static long run(QuickAddParser parser, ZonedDateTime now, String[] lines, int count) {
        long sink = 0;
        for (int k = 0; k < count; k++) {
            ParsedTask task = parser.parse(lines[k % lines.length], now);
            sink += task.title().length() + task.parts().size();
        }
        return sink;
    }
}
