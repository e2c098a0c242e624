package app.helmsman.assist.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.assist.offline.BrainDumpCorpus.Dump;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every brain dump of the corpus yields the tasks it must and none of the text it must not. */
class OfflineExtractorCorpusTest {

    static List<Dump> dumps() {
        return BrainDumpCorpus.all();
    }

    @Test
    void corpus_has_at_least_forty_dumps_each_with_expectations() {
        assertThat(dumps()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(d -> assertThat(d.tasks().size() + d.not().size()).as(d.name()).isPositive())
                .allSatisfy(d -> assertThat(d.text()).as(d.name()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void dump_yields_the_expected_tasks(Dump dump) {
        List<ProposedTask> tasks = OfflineFixtures.extract(dump.text(), dump.vocabulary());

        assertThat(BrainDumpCorpus.problems(dump, tasks)).as("proposals: %s", tasks.stream()
                .map(ProposedTask::title).toList()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void same_dump_gives_the_same_proposals_every_time(Dump dump) {
        var extractor = new OfflineExtractor();

        assertThat(extractor.extract(dump.text(), BrainDumpCorpus.NOW, dump.vocabulary()))
                .isEqualTo(OfflineFixtures.EXTRACTOR.extract(dump.text(), BrainDumpCorpus.NOW, dump.vocabulary()));
    }

    @Test
    void the_checker_itself_notices_a_missing_task_and_a_forbidden_one() {
        Dump dump = new Dump("self-check", "call mom\nugh", Vocabulary.NONE,
                List.of(new BrainDumpCorpus.Expected("email Sam", false, List.of())), List.of("call"), 0, 5);

        assertThat(BrainDumpCorpus.problems(dump, OfflineFixtures.extract(dump.text()))).hasSize(2);
    }
}
