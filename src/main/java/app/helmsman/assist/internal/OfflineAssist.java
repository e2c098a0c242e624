package app.helmsman.assist.internal;

import app.helmsman.assist.Extraction;
import app.helmsman.assist.Origin;
import app.helmsman.assist.Proposal;
import app.helmsman.assist.StepsProposal;
import app.helmsman.assist.Suggestion;
import app.helmsman.assist.offline.OfflineBreakdown;
import app.helmsman.assist.offline.OfflineClassifier;
import app.helmsman.assist.offline.OfflineExtractor;
import app.helmsman.assist.offline.ProposedTask;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The offline helpers behind the assist API: the default without a provider and the fallback when it fails. */
@Component
public class OfflineAssist {

    private final OfflineExtractor extractor = new OfflineExtractor();
    private final OfflineBreakdown breakdown = new OfflineBreakdown();
    private final OfflineClassifier classifier = new OfflineClassifier();

    /** Proposals for the dump, with {@code reason} as the fallback reason (empty when offline is the default). */
    public Extraction extract(Requester requester, String dump, Optional<String> reason) {
        var proposals = extractor.extract(dump, requester.now(), requester.vocabulary()).stream()
                .map(OfflineAssist::proposal).toList();
        return new Extraction(proposals, Origin.OFFLINE, reason);
    }

    public StepsProposal breakDown(String title, int granularity, Optional<String> reason) {
        var result = breakdown.breakDown(title, granularity);
        return new StepsProposal(result.steps(), result.guidance(), Origin.OFFLINE, reason);
    }

    public Suggestion classify(String title, Optional<String> reason) {
        var guess = classifier.classify(title);
        return new Suggestion(guess.energy().map(e -> Energy.valueOf(e.name())).orElse(null),
                guess.focusType().map(f -> FocusType.valueOf(f.name())).orElse(null),
                guess.estimateMinutes().orElse(null), Origin.OFFLINE, reason);
    }

    static Proposal proposal(ProposedTask task) {
        return new Proposal(task.title(), task.notes().orElse(null), task.estimateMinutes().orElse(null),
                task.energy().map(e -> Energy.valueOf(e.name())).orElse(null),
                task.focusType().map(f -> FocusType.valueOf(f.name())).orElse(null), task.priority().orElse(null),
                task.doDate().orElse(null), task.doTime().orElse(null), task.softDeadline().orElse(null),
                task.hardDeadline().orElse(null), task.project().orElse(null), task.tags(), task.dependsOn());
    }
}
