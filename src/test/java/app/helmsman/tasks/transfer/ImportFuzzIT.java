package app.helmsman.tasks.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.helmsman.Fixtures;
import app.helmsman.IntegrationTest;
import app.helmsman.TestClock;
import app.helmsman.tasks.ImportRejectedException;
import app.helmsman.tasks.ImportSummary;
import app.helmsman.tasks.TaskTransferService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, fuzzing through the real import service on the real database: generated JSON, CSV and Todoist files (the
 * generators of {@link ImportParsersFuzzTest}, 150 of each) are imported whole or refused with
 * {@link ImportRejectedException} and then nothing of them is written; no other exception escapes, and each import
 * returns within a time bound.
 */
@IntegrationTest
class ImportFuzzIT {

    static final int FILES_PER_KIND = 150;
    static final Duration BOUND = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TaskTransferService transfer;
    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void signedIn() {
        fixtures.resetDatabase();
        ada = fixtures.user("ada@example.com");
        fixtures.signIn("ada@example.com");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void generated_files_are_imported_whole_or_not_at_all() {
        var generators = new ImportParsersFuzzTest();
        var kinds = List.of(generators.jsonFiles(), generators.helmsmanCsvFiles(), generators.todoistCsvFiles());
        int imported = 0;
        int refused = 0;
        for (Arbitrary<String> kind : kinds) {
            for (var file : (Iterable<String>) kind.sampleStream().limit(FILES_PER_KIND)::iterator) {
                var before = counts();
                ImportSummary summary;
                try {
                    summary = assertTimeoutPreemptively(BOUND, () -> {
                        fixtures.signIn("ada@example.com"); // the bound runs the call on another thread
                        try {
                            return transfer.importFile("Groceries [1].csv", file.getBytes(StandardCharsets.UTF_8), null);
                        } finally {
                            fixtures.signOut();
                        }
                    });
                } catch (ImportRejectedException e) {
                    assertThat(e.problems()).as(file).isNotEmpty();
                    assertThat(counts()).as("nothing of a refused file is written:\n" + file).isEqualTo(before);
                    refused++;
                    continue;
                }
                var after = counts();
                assertThat(after.getFirst() - before.getFirst()).as(file).isEqualTo(summary.tasks());
                imported++;
            }
        }
        assertThat(imported).as("some files were good enough to import").isPositive();
        assertThat(refused).as("some files were refused").isPositive();
    }

    /** Ada's tasks, projects, areas and tags. */
    private List<Integer> counts() {
        return Stream.of("tasks", "projects", "areas", "tags")
                .map(table -> jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Integer.class, ada))
                .toList();
    }
}
