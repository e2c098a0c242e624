import app.helmsman.assist.offline.OfflineExtractor;
import app.helmsman.assist.offline.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of the offline extractor (see README.md): dumps per second over the brain-dump corpus, and latency
 * percentiles for one 2,000-word dump built from the corpus. Plain main, one thread, not part of the build.
 *
 * <p>Arguments: seconds per round (default 2), rounds (default 5), samples for the latency run (default 2000).
 */
public class OfflineExtractorBench {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    static final Vocabulary VOCABULARY = new Vocabulary(List.of("Work", "Home", "Acme", "Garden", "Henderson"),
            List.of("errands", "calls", "email", "admin"));

    static volatile int sink;

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        List<String> dumps = corpus(Path.of("src/test/resources/assist/brain-dumps"));
        String big = twoThousandWords(dumps);
        var extractor = new OfflineExtractor();

        System.out.printf("corpus: %d dumps, %d words; big dump: %d words, %d chars%n", dumps.size(),
                dumps.stream().mapToInt(OfflineExtractorBench::words).sum(), words(big), big.length());
        System.out.println("warming up 5 s ...");
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String dump : dumps) {
                sink += extractor.extract(dump, NOW, VOCABULARY).size();
            }
            sink += extractor.extract(big, NOW, VOCABULARY).size();
        }

        var rates = new ArrayList<Double>();
        for (int round = 0; round < rounds; round++) {
            long count = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long now;
            do {
                for (String dump : dumps) {
                    sink += extractor.extract(dump, NOW, VOCABULARY).size();
                }
                count += dumps.size();
                now = System.nanoTime();
            } while (now < end);
            double rate = count / ((now - start) / 1e9);
            rates.add(rate);
            System.out.printf("round %d: %,.0f dumps/s%n", round + 1, rate);
        }
        rates.sort(null);
        System.out.printf("median: %,.0f corpus dumps/s (%.1f µs per dump)%n", rates.get(rates.size() / 2),
                1e6 / rates.get(rates.size() / 2));

        long[] nanos = new long[samples];
        int proposals = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            proposals = extractor.extract(big, NOW, VOCABULARY).size();
            nanos[i] = System.nanoTime() - start;
        }
        report("2,000-word dump (" + proposals + " proposals, stops at the cap of 50)", nanos);

        // The cap means the dump above is not read to its end. This batch reads 2,000 words in full: corpus
        // dumps one after another (each well under the cap) until 2,000 words have been extracted.
        List<String> batch = new ArrayList<>();
        int batchWords = 0;
        for (int i = 0; batchWords < 2_000; i++) {
            String dump = dumps.get(i % dumps.size());
            batch.add(dump);
            batchWords += words(dump);
        }
        int total = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            total = 0;
            for (String dump : batch) {
                total += extractor.extract(dump, NOW, VOCABULARY).size();
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report(batchWords + " words read in full (" + batch.size() + " dumps, " + total + " proposals)", nanos);
    }

    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf("%s, %d runs: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, n,
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6);
    }

    /** The {@code === dump} section of every corpus file. */
    static List<String> corpus(Path directory) throws IOException {
        var dumps = new ArrayList<String>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                var text = new StringBuilder();
                boolean inDump = false;
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("=== ")) {
                        inDump = line.equals("=== dump");
                    } else if (inDump) {
                        text.append(line).append('\n');
                    }
                }
                dumps.add(text.toString());
            }
        }
        return dumps;
    }

    /** Corpus dumps one after another, separated by blank lines, until there are 2,000 words. */
    static String twoThousandWords(List<String> dumps) {
        var sb = new StringBuilder();
        int i = 0;
        while (words(sb.toString()) < 2_000) {
            sb.append(dumps.get(i++ % dumps.size())).append('\n');
        }
        String[] all = sb.toString().split("(?<=\\s)(?=\\S)");
        return String.join("", Arrays.copyOf(all, Math.min(all.length, 2_000)));
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
