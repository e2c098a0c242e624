package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsTest {

    static PlatformSettings settings(String databaseUrl, boolean production) {
        return new PlatformSettings(databaseUrl, "", "", "", 0, "http://localhost:8080", production, false);
    }

    @Test
    void production_without_a_database_url_fails_naming_the_variable() {
        assertThatThrownBy(() -> DatabaseConfiguration.checkRequiredSettings(settings("", true), new MockEnvironment()))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessage("Missing required setting(s): DATABASE_URL (the prod profile uses no embedded services)");
    }

    @Test
    void a_provider_id_without_its_secret_fails_naming_the_missing_secret() {
        var environment = new MockEnvironment().withProperty("helmsman.accounts.google.client-id", "id");

        assertThatThrownBy(() -> DatabaseConfiguration.checkRequiredSettings(settings("jdbc:postgresql://db/helmsman", true), environment))
                .isInstanceOf(MissingSettingsException.class).hasMessageContaining("GOOGLE_CLIENT_SECRET");
    }

    @Test
    void production_without_the_encryption_key_fails_naming_it() {
        var environment = new MockEnvironment().withProperty("helmsman.calendar.require-encryption-key", "true");

        assertThatThrownBy(() -> DatabaseConfiguration.checkRequiredSettings(settings("jdbc:postgresql://db/helmsman", true), environment))
                .isInstanceOf(MissingSettingsException.class).hasMessageContaining("HELMSMAN_ENCRYPTION_KEY");
    }

    @Test
    void the_local_default_needs_nothing() {
        DatabaseConfiguration.checkRequiredSettings(settings("", false), new MockEnvironment());
    }

    @Test
    void the_failure_report_is_one_line_with_the_fix() {
        var analysis = new MissingSettingsFailureAnalyzer().analyze(new IllegalStateException(
                new MissingSettingsException(java.util.List.of("DATABASE_URL"), "why")));

        assertThat(analysis.getDescription()).isEqualTo("Missing required setting(s): DATABASE_URL (why)").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("Set DATABASE_URL in the environment");
    }
}
