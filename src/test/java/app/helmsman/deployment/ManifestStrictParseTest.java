package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest, plain and rendered per overlay, parses into fabric8's model with no unknown field. */
class ManifestStrictParseTest {

    static Stream<Path> manifestFiles() throws IOException {
        return Manifests.manifestFiles().stream();
    }

    static Stream<String> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifestFiles")
    void everyManifestFileParsesStrictly(Path file) throws IOException {
        List<HasMetadata> resources = Manifests.parseFile(file);
        assertThat(resources).as(file.toString()).isNotEmpty();
        assertThat(resources).allSatisfy(r -> {
            assertThat(r.getMetadata().getName()).as("name of a " + r.getKind()).isNotBlank();
            assertThat(r.getMetadata().getNamespace()).as("namespace of " + r.getKind() + "/" + r.getMetadata().getName())
                    .satisfiesAnyOf(
                            ns -> assertThat(r.getKind()).isIn("Namespace", "ClusterRole", "ClusterRoleBinding"),
                            ns -> assertThat(ns).isIn("helmsman", "helmsman-monitoring"));
        });
    }

    @ParameterizedTest(name = "k8s/overlays/{0}")
    @MethodSource("overlays")
    void everyOverlayRendersAndParsesStrictly(String overlay) {
        Manifests.requireKubectl();
        assertThat(Manifests.rendered(overlay)).isNotEmpty();
    }

    @Test
    void aTypoInAFieldNameIsCaught() {
        String typo = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x, namespace: helmsman}
                spec:
                  replicsa: 3
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: c, image: i, imagePullPolcy: Always}]
                """;
        assertThatThrownBy(() -> Manifests.parseStrict(typo, "typo.yaml"))
                .hasMessageContaining("replicsa")
                .hasMessageContaining("imagePullPolcy");
    }

    @Test
    void aWrongTypeIsCaught() {
        String wrongType = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x, namespace: helmsman}
                spec:
                  replicas: three
                """;
        assertThatThrownBy(() -> Manifests.parseStrict(wrongType, "type.yaml")).hasMessageContaining("does not parse");
    }

    @Test
    void anUnknownKindIsCaught() {
        String unknownKind = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: x, namespace: helmsman}
                """;
        assertThatThrownBy(() -> Manifests.parseStrict(unknownKind, "kind.yaml")).hasMessageContaining("not a kind");
    }
}
