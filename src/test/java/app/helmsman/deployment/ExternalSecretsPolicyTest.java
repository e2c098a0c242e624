package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets from Vault through the External Secrets Operator (issue 18, ADR 0033; k8s/components/external-secrets).
 * scripts/test-infrastructure.sh validates the resources' fields against the operator's CRD schemas (k8s/crds); this
 * test asserts the policy: every Secret a workload or the database operator reads, and every key of the template, is
 * produced from Vault; no Secret with values is rendered; each namespace logs in to Vault with its own role and reads
 * only its own path; dev keeps the template path.
 */
class ExternalSecretsPolicyTest {

    /**
     * Secrets that operators make themselves: cert-manager for the Ingress's TLS (from its annotation; Certificates'
     * secretNames are left out below) and CloudNativePG's CA.
     */
    static final Set<String> MADE_BY_OPERATORS = Set.of("helmsman-tls", "helmsman-db-ca");

    @BeforeAll
    static void needsKustomize() {
        Manifests.requireKubectl();
    }

    static Stream<String> overlaysWithVault() {
        return Stream.of("prod");
    }

    /** namespace/name of every Secret the overlay's objects read (env, envFrom, volumes, operator references). */
    static Set<String> secretsRead(List<HasMetadata> all) {
        Set<String> out = new TreeSet<>();
        for (HasMetadata r : all) {
            collect(Manifests.json(r).path("spec"), r.getMetadata().getNamespace(), out);
        }
        for (JsonNode cert : Manifests.custom(all, "Certificate")) {
            out.remove(cert.path("metadata").path("namespace").asText() + "/" + cert.path("spec").path("secretName").asText());
        }
        return out;
    }

    private static void collect(JsonNode node, String namespace, Set<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                var v = e.getValue();
                switch (e.getKey()) {
                    case "secretKeyRef", "secretRef" -> {
                        if (v.has("name")) {
                            out.add(namespace + "/" + v.path("name").asText());
                        }
                    }
                    case "s3Credentials" -> v.forEach(c -> {
                        if (c.has("name")) {
                            out.add(namespace + "/" + c.path("name").asText()); // CloudNativePG barmanObjectStore
                        }
                    });
                    case "secretName" -> {
                        if (v.isTextual()) {
                            out.add(namespace + "/" + v.asText());
                        }
                    }
                    case "secret" -> {
                        if (v.has("secretName")) {
                            out.add(namespace + "/" + v.path("secretName").asText());
                        } else if (v.has("name")) {
                            out.add(namespace + "/" + v.path("name").asText()); // CloudNativePG bootstrap.initdb.secret
                        }
                    }
                    default -> { }
                }
                collect(v, namespace, out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, namespace, out));
        }
    }

    /** namespace/name of the Secrets the overlay's ExternalSecrets produce. */
    static Set<String> produced(List<HasMetadata> all) {
        Set<String> out = new TreeSet<>();
        for (JsonNode es : Manifests.custom(all, "ExternalSecret")) {
            out.add(es.path("metadata").path("namespace").asText() + "/" + es.at("/spec/target/name").asText());
        }
        return out;
    }

    @ParameterizedTest(name = "k8s/overlays/{0}")
    @MethodSource("overlaysWithVault")
    void every_secret_a_workload_or_operator_reads_comes_from_vault(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        Set<String> missing = new TreeSet<>(secretsRead(all));
        missing.removeAll(produced(all));
        missing.removeIf(s -> MADE_BY_OPERATORS.contains(s.substring(s.indexOf('/') + 1)));
        assertThat(missing).as("Secrets read in " + overlay + " that no ExternalSecret produces").isEmpty();
        assertThat(Manifests.ofKind(all, Secret.class)).as("no Secret with values is rendered").isEmpty();
    }

    @Test
    void every_key_of_the_template_is_produced_under_the_same_name() throws IOException {
        List<HasMetadata> template = Manifests.parseFile(Manifests.ROOT.resolve("k8s/base/secret-template.yaml"));
        List<JsonNode> externalSecrets = Manifests.custom(Manifests.rendered("prod"), "ExternalSecret");
        for (Secret secret : Manifests.ofKind(template, Secret.class)) {
            JsonNode es = externalSecrets.stream()
                    .filter(e -> e.at("/spec/target/name").asText().equals(secret.getMetadata().getName())
                            && e.path("metadata").path("namespace").asText().equals(secret.getMetadata().getNamespace()))
                    .findFirst().orElseThrow(() -> new AssertionError("no ExternalSecret for " + secret.getMetadata().getName()));
            Set<String> keys = new TreeSet<>();
            es.path("spec").path("data").forEach(d -> keys.add(d.path("secretKey").asText()));
            es.at("/spec/target/template/data").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(secret.getMetadata().getName()).containsAll(secret.getStringData().keySet());
            assertThat(es.at("/spec/target/template/type").asText()).isEqualTo(secret.getType());
        }
    }

    @Test
    void each_namespace_reads_only_its_own_vault_path_with_its_own_role() {
        List<HasMetadata> all = Manifests.rendered("prod");
        List<String> roles = new ArrayList<>();
        for (JsonNode store : Manifests.custom(all, "SecretStore")) {
            String namespace = store.path("metadata").path("namespace").asText();
            JsonNode vault = store.at("/spec/provider/vault");
            assertThat(vault.path("server").asText()).as("Vault over TLS").startsWith("https://");
            assertThat(vault.path("caProvider").isMissingNode()).as("Vault's CA is pinned").isFalse();
            assertThat(vault.path("version").asText()).isEqualTo("v2");
            JsonNode auth = vault.at("/auth/kubernetes");
            assertThat(auth.path("role").asText()).isEqualTo(namespace);
            roles.add(auth.path("role").asText());
            String account = auth.at("/serviceAccountRef/name").asText();
            ServiceAccount sa = Manifests.ofKind(all, ServiceAccount.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(account) && s.getMetadata().getNamespace().equals(namespace))
                    .findFirst().orElseThrow(() -> new AssertionError("no ServiceAccount " + namespace + "/" + account));
            assertThat(sa.getAutomountServiceAccountToken()).isFalse();
        }
        assertThat(roles).containsExactlyInAnyOrder("helmsman", "helmsman-monitoring");
        for (JsonNode es : Manifests.custom(all, "ExternalSecret")) {
            String namespace = es.path("metadata").path("namespace").asText();
            assertThat(es.at("/spec/secretStoreRef/kind").asText()).isEqualTo("SecretStore");
            assertThat(es.at("/spec/secretStoreRef/name").asText()).isEqualTo("vault");
            assertThat(es.at("/spec/target/deletionPolicy").asText()).as("a Vault hiccup never deletes a Secret").isEqualTo("Retain");
            assertThat(es.path("spec").path("dataFrom").isMissingNode()).as("keys named one by one").isTrue();
            es.path("spec").path("data").forEach(d ->
                    assertThat(d.at("/remoteRef/key").asText()).as(es.path("metadata").path("name").asText()).startsWith(namespace + "/"));
        }
    }

    @Test
    void dev_keeps_the_template_path_and_needs_no_operator() {
        assertThat(Manifests.custom(Manifests.rendered("dev"), "ExternalSecret")).isEmpty();
        assertThat(Manifests.custom(Manifests.rendered("dev"), "SecretStore")).isEmpty();
    }
}
