package app.helmsman.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingSettingsException} into Boot's short start-up failure report, no stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.missing()) + " in the environment (see the README's configuration table).",
                cause);
    }
}
