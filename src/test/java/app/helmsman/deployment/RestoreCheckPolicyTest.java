package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The weekly restore check in prod (k8s/components/restore-check, ADR 0031): a CronJob restores the latest backup
 * into a throw-away CloudNativePG cluster that reads the production object store and never writes to it, may touch
 * nothing but that cluster, and reports to the Pushgateway. Its script is exercised by
 * scripts/lib/test-restore-check.sh; its alerts by promtool (monitoring/prometheus/tests/helmsman-backup.rules.test.yml).
 */
class RestoreCheckPolicyTest {

    static List<HasMetadata> prod;
    static CronJob job;
    static JsonNode throwAway;
    static JsonNode production;

    @BeforeAll
    static void render() {
        Manifests.requireKubectl();
        prod = Manifests.rendered("prod");
        job = Manifests.named(prod, CronJob.class, "helmsman-restore-check");
        List<JsonNode> embedded = Manifests.embeddedClusters(prod);
        assertThat(embedded).as("the throw-away Cluster in ConfigMap restore-check").hasSize(1);
        throwAway = embedded.getFirst();
        production = Manifests.custom(prod, "Cluster").getFirst();
    }

    private static String name() {
        return throwAway.path("metadata").path("name").asText();
    }

    private static Container container() {
        return job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static String env(String key) {
        return container().getEnv().stream().filter(e -> e.getName().equals(key)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + key));
    }

    @Test
    void theThrowAwayClusterRestoresFromTheProductionStoreAndNeverWritesToIt() {
        JsonNode spec = throwAway.path("spec");
        assertThat(name()).isNotEqualTo(production.path("metadata").path("name").asText());
        assertThat(spec.has("backup")).as("no backup section: it must not archive into the store it reads").isFalse();
        String source = spec.path("bootstrap").path("recovery").path("source").asText();
        JsonNode store = null;
        for (JsonNode e : spec.path("externalClusters")) {
            if (e.path("name").asText().equals(source)) {
                store = e.path("barmanObjectStore");
            }
        }
        assertThat(store).as("externalClusters entry " + source).isNotNull();
        JsonNode prodStore = production.path("spec").path("backup").path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).isEqualTo(prodStore.path("destinationPath").asText());
        assertThat(store.path("endpointURL").asText()).isEqualTo(prodStore.path("endpointURL").asText());
        assertThat(store.path("serverName").asText()).isEqualTo(production.path("metadata").path("name").asText());
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText())
                .isEqualTo(prodStore.path("s3Credentials").path("accessKeyId").path("name").asText());
        assertThat(spec.path("bootstrap").path("recovery").has("recoveryTarget")).as("the latest backup and all WAL").isFalse();
        assertThat(spec.path("instances").asInt()).isEqualTo(1);
        assertThat(spec.path("imageName").asText()).as("the production PostgreSQL major version")
                .isEqualTo(production.path("spec").path("imageName").asText());
    }

    @Test
    void theJobRunsTheScriptFromItsConfigMapOnceAtATimeAndChecksTheSchema() throws IOException {
        assertThat(job.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(job.getSpec().getSchedule().split(" ")).as("weekly").hasSize(5).satisfies(f -> assertThat(f[4]).isNotEqualTo("*"));
        PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        String configMap = pod.getVolumes().stream().filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName();
        ConfigMap cm = Manifests.named(prod, ConfigMap.class, configMap);
        assertThat(cm.getData()).containsKeys("restore-check.sh", "restore-check-cluster.yaml");
        assertThat(cm.getData().get("restore-check.sh"))
                .isEqualTo(Files.readString(Manifests.ROOT.resolve("k8s/components/restore-check/restore-check.sh")));
        assertThat(String.join(" ", container().getCommand())).endsWith("/restore-check.sh");
        assertThat(env("CLUSTER_MANIFEST")).endsWith("/restore-check-cluster.yaml");
        assertThat(env("PUSHGATEWAY_URL")).isEqualTo("http://pushgateway.helmsman-monitoring.svc:9091");
        int changesets;
        try (Stream<Path> files = Files.walk(Manifests.ROOT.resolve("src/main/resources/db/changelog/changes"))) {
            changesets = files.filter(Files::isRegularFile).mapToInt(f -> {
                try {
                    return (int) Files.readAllLines(f).stream().filter(l -> l.trim().equals("- changeSet:")).count();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
        }
        assertThat(Integer.parseInt(env("MIN_CHANGESETS"))).as("a restored database of the current release passes")
                .isPositive().isLessThanOrEqualTo(changesets);
    }

    @Test
    void itsServiceAccountMayTouchOnlyTheThrowAwayCluster() {
        String account = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getServiceAccountName();
        RoleBinding binding = Manifests.ofKind(prod, RoleBinding.class).stream()
                .filter(b -> b.getSubjects().stream().anyMatch(s -> s.getName().equals(account))).findFirst().orElseThrow();
        assertThat(binding.getRoleRef().getKind()).as("a namespaced Role, no ClusterRole").isEqualTo("Role");
        Role role = Manifests.named(prod, Role.class, binding.getRoleRef().getName());
        Set<String> names = Set.of(name(), name() + "-1");
        for (PolicyRule rule : role.getRules()) {
            assertThat(rule.getVerbs()).doesNotContain("*", "escalate", "bind", "impersonate");
            assertThat(rule.getResources()).doesNotContain("*", "secrets");
            if (rule.getVerbs().equals(List.of("create")) && rule.getResources().equals(List.of("clusters"))) {
                continue; // RBAC cannot name an object before it exists
            }
            assertThat(rule.getResourceNames()).as("rule " + rule.getResources() + " " + rule.getVerbs()).isNotEmpty().allMatch(names::contains);
        }
        assertThat(role.getRules()).anySatisfy(r -> assertThat(r.getResources()).containsExactly("pods/exec"));
    }

    @Test
    void networkPoliciesLetItReachOnlyTheApiAndThePushgateway() {
        NetworkPolicy jobPolicy = Manifests.named(prod, NetworkPolicy.class, "helmsman-restore-check");
        assertThat(jobPolicy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", job.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels().get("app.kubernetes.io/name"));
        assertThat(jobPolicy.getSpec().getIngress()).isNullOrEmpty();
        assertThat(jobPolicy.getSpec().getEgress()).flatExtracting(r -> r.getPorts()).extracting(p -> p.getPort().getIntVal())
                .containsExactlyInAnyOrder(443, 6443, 9091);
        NetworkPolicy clusterPolicy = Manifests.named(prod, NetworkPolicy.class, "helmsman-db-restore-check");
        assertThat(clusterPolicy.getSpec().getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", name());
        assertThat(clusterPolicy.getSpec().getIngress()).singleElement().satisfies(r -> assertThat(r.getFrom()).singleElement()
                .satisfies(f -> assertThat(f.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "cnpg-system")));
        NetworkPolicy push = Manifests.named(prod, NetworkPolicy.class, "pushgateway");
        assertThat(push.getSpec().getIngress().getFirst().getFrom()).anySatisfy(f -> assertThat(f.getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "restore-check"));
    }
}
