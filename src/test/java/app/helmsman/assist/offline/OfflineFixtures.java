package app.helmsman.assist.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared helpers: one extractor, extraction at the corpus's {@code NOW}, and the invariants of every result. */
final class OfflineFixtures {

    static final OfflineExtractor EXTRACTOR = new OfflineExtractor();

    private OfflineFixtures() {
    }

    static List<ProposedTask> extract(String dump) {
        return extract(dump, Vocabulary.NONE);
    }

    static List<ProposedTask> extract(String dump, Vocabulary vocabulary) {
        List<ProposedTask> tasks = EXTRACTOR.extract(dump, BrainDumpCorpus.NOW, vocabulary);
        assertWellFormed(dump, tasks);
        return tasks;
    }

    static List<String> titles(String dump) {
        return extract(dump).stream().map(ProposedTask::title).toList();
    }

    static ProposedTask only(String dump) {
        List<ProposedTask> tasks = extract(dump);
        assertThat(tasks).as("proposals for %s", dump).hasSize(1);
        return tasks.getFirst();
    }

    /** What every result must satisfy, whatever the input. */
    static void assertWellFormed(String dump, List<ProposedTask> tasks) {
        assertThat(tasks).hasSizeLessThanOrEqualTo(OfflineExtractor.MAX_PROPOSALS);
        for (int i = 0; i < tasks.size(); i++) {
            ProposedTask task = tasks.get(i);
            String title = task.title();
            assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(ProposedTask.MAX_TITLE).isEqualTo(title.strip());
            assertThat(title.codePointAt(0)).as("capitalised: %s", title)
                    .isEqualTo(Character.toUpperCase(title.codePointAt(0)));
            assertThat(title).as("no line breaks").doesNotContain("\n");
            for (int dependency : task.dependsOn()) {
                assertThat(dependency).as("%s depends on an earlier proposal", title).isBetween(0, i - 1);
            }
            assertThat(task.dependsOn()).isSorted().doesNotHaveDuplicates();
            assertThat(task.sourceText()).isNotEmpty();
            assertThat(dump).contains(task.sourceText());
            task.priority().ifPresent(p -> assertThat(p).isBetween(1, 4));
            task.estimateMinutes().ifPresent(m -> assertThat(m).isPositive());
            if (task.estimateGuessed()) {
                assertThat(task.estimateMinutes()).isPresent();
            }
            if (task.energyGuessed()) {
                assertThat(task.energy()).isPresent();
            }
            assertThat(task.tags().stream().map(String::toLowerCase).distinct().count())
                    .isEqualTo(task.tags().size());
            task.notes().ifPresent(n -> assertThat(n).isNotBlank());
        }
    }
}
