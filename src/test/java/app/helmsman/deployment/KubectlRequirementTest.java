package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The deployment tests need kubectl: optional on a developer machine, mandatory in CI (CI=true). */
class KubectlRequirementTest {

    @Test
    void without_kubectl_the_deployment_tests_fail_in_ci_instead_of_skipping() {
        assertThatThrownBy(() -> Manifests.requireKubectl(false, Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("kubectl").hasMessageContaining(".ci/run");
    }

    @Test
    void without_kubectl_the_deployment_tests_are_skipped_with_a_notice_outside_ci() {
        assertThatThrownBy(() -> Manifests.requireKubectl(false, Map.of())).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("kubectl");
        assertThatThrownBy(() -> Manifests.requireKubectl(false, Map.of("CI", "false"))).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void with_kubectl_the_deployment_tests_run_in_ci_and_outside() {
        assertThatCode(() -> Manifests.requireKubectl(true, Map.of("CI", "true"))).doesNotThrowAnyException();
        assertThatCode(() -> Manifests.requireKubectl(true, Map.of())).doesNotThrowAnyException();
    }
}
