package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL on CloudNativePG (k8s/overlays/prod and staging through k8s/components/cloudnative-pg, k8s/dr; ADR 0104
 * and 0031). No JSON schema or Java model of the
 * operator's resources can be had from the registries here, so they are parsed generically (fabric8
 * GenericKubernetesResource); scripts/test-infrastructure.sh validates their fields against the operator's own
 * CRD schemas (k8s/crds). This test asserts the policy: high availability, TLS with full verification, backups
 * with WAL archiving to two regions, and a pooler mode that the app's advisory locks and prepared statements
 * survive.
 */
class CloudNativePgPolicyTest {

    static final String OVERLAY = "prod";
    /** PgBouncer settings CloudNativePG's admission webhook accepts (internal/webhook/v1/pooler_webhook.go, 1.30). */
    static final Set<String> PGBOUNCER_PARAMETERS = Set.of("application_name_add_host", "auth_type", "auth_user", "autodb_idle_timeout",
            "cancel_wait_timeout", "client_idle_timeout", "client_login_timeout", "client_tls_ciphers", "client_tls_sslmode",
            "client_tls13_ciphers", "default_pool_size", "disable_pqexec", "dns_max_ttl", "dns_nxdomain_ttl", "idle_transaction_timeout",
            "ignore_startup_parameters", "listen_backlog", "log_connections", "log_disconnections", "log_pooler_errors", "log_stats",
            "max_client_conn", "max_db_connections", "max_packet_size", "max_prepared_statements", "max_user_connections", "min_pool_size",
            "pkt_buf", "query_timeout", "query_wait_timeout", "reserve_pool_size", "reserve_pool_timeout", "sbuf_loopcnt",
            "server_check_delay", "server_check_query", "server_connect_timeout", "server_fast_close", "server_idle_timeout",
            "server_lifetime", "server_login_retry", "server_reset_query", "server_reset_query_always", "server_round_robin",
            "server_tls_ciphers", "server_tls13_ciphers", "server_tls_protocols", "server_tls_sslmode", "stats_period", "suspend_timeout",
            "tcp_defer_accept", "tcp_socket_buffer", "tcp_keepalive", "tcp_keepcnt", "tcp_keepidle", "tcp_keepintvl", "tcp_user_timeout",
            "track_extra_parameters", "verbose");

    static List<HasMetadata> all;
    static JsonNode cluster;
    static JsonNode pooler;

    @BeforeAll
    static void render() {
        Manifests.requireKubectl();
        all = Manifests.rendered(OVERLAY);
        cluster = one("Cluster");
        pooler = one("Pooler");
    }

    private static JsonNode one(String kind) {
        List<JsonNode> found = Manifests.custom(all, kind);
        assertThat(found).as(kind + " in " + OVERLAY).hasSize(1);
        return found.getFirst();
    }

    private static Container app() {
        return Manifests.named(all, Deployment.class, "helmsman").getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static String databaseUrl() {
        String name = app().getEnvFrom().stream().filter(f -> f.getConfigMapRef() != null).findFirst().orElseThrow().getConfigMapRef().getName();
        return Manifests.named(all, ConfigMap.class, name).getData().get("DATABASE_URL");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getQuery().split("&")) {
            out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return out;
    }

    @Test
    void theStatefulSetAndItsPgBackRestJobAreGone() {
        assertThat(Manifests.ofKind(all, StatefulSet.class)).extracting(s -> s.getMetadata().getName()).doesNotContain("postgresql");
        assertThat(Manifests.ofKind(all, CronJob.class)).extracting(j -> j.getMetadata().getName())
                .as("no pgBackRest job; only the weekly restore check").containsExactly("helmsman-restore-check");
        assertThat(Manifests.ofKind(all, ConfigMap.class)).extracting(c -> c.getMetadata().getName())
                .noneMatch(n -> n.startsWith("pgbackrest-config") || n.startsWith("postgresql-config"));
        assertThat(Manifests.ofKind(all, NetworkPolicy.class)).extracting(p -> p.getMetadata().getName())
                .doesNotContain("postgresql", "postgresql-backup").contains("helmsman-db", "helmsman-db-pooler");
    }

    @Test
    void stagingMirrorsProductionSmallerAndBacksUpIntoItsOwnBucket() {
        List<HasMetadata> staging = Manifests.rendered("staging");
        assertThat(Manifests.ofKind(staging, StatefulSet.class)).extracting(s -> s.getMetadata().getName()).doesNotContain("postgresql");
        JsonNode spec = Manifests.custom(staging, "Cluster").getFirst().path("spec");
        assertThat(spec.path("instances").asInt()).isEqualTo(cluster.path("spec").path("instances").asInt());
        assertThat(spec.path("resources").path("limits").path("memory").asText()).isEqualTo("2Gi");
        assertThat(spec.path("backup").path("barmanObjectStore").path("destinationPath").asText()).as("never prod's bucket")
                .isNotEqualTo(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText());
        JsonNode stagingPooler = Manifests.custom(staging, "Pooler").getFirst().path("spec");
        int appPods = Manifests.named(staging, HorizontalPodAutoscaler.class, "helmsman").getSpec().getMaxReplicas() + 1;
        int pools = stagingPooler.path("pgbouncer").path("parameters").path("default_pool_size").asInt() * stagingPooler.path("instances").asInt();
        assertThat(pools).isGreaterThanOrEqualTo(appPods * 10)
                .isLessThan(spec.path("postgresql").path("parameters").path("max_connections").asInt() - 10);
        assertThat(Manifests.ofKind(staging, CronJob.class)).as("the restore check runs in prod only").isEmpty();
    }

    @Test
    void aPrimaryAndAStreamingReplicaOnDifferentNodes() {
        JsonNode spec = cluster.path("spec");
        assertThat(spec.path("instances").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.path("affinity").path("enablePodAntiAffinity").asBoolean()).isTrue();
        assertThat(spec.path("affinity").path("podAntiAffinityType").asText()).isEqualTo("required");
        assertThat(spec.path("affinity").path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
        assertThat(spec.path("primaryUpdateMethod").asText()).as("updates switch over instead of restarting the primary").isEqualTo("switchover");
        assertThat(spec.path("enableSuperuserAccess").asBoolean(true)).isFalse();
    }

    @Test
    void plainTextConnectionsAreRefusedBeforeAnyPasswordRule() {
        List<String> hba = new ArrayList<>();
        cluster.path("spec").path("postgresql").path("pg_hba").forEach(r -> hba.add(r.asText().replaceAll("\\s+", " ")));
        assertThat(hba.subList(0, 2)).containsExactly("hostnossl all all 0.0.0.0/0 reject", "hostnossl all all ::/0 reject");
        assertThat(hba).noneMatch(r -> r.startsWith("host ") || r.endsWith(" trust") || r.endsWith(" md5"));
    }

    @Test
    void backupsArchiveWalEncryptedToObjectStorageAndKeepThirtyDays() {
        JsonNode backup = cluster.path("spec").path("backup");
        assertThat(backup.path("retentionPolicy").asText()).isEqualTo("30d");
        JsonNode store = backup.path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).startsWith("s3://");
        assertThat(store.path("endpointURL").asText()).startsWith("https://");
        assertThat(store.path("wal").path("encryption").asText()).isEqualTo("AES256");
        assertThat(store.path("data").path("encryption").asText()).isEqualTo("AES256");
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText()).isNotBlank();
        JsonNode scheduled = one("ScheduledBackup").path("spec");
        assertThat(scheduled.path("cluster").path("name").asText()).isEqualTo(cluster.path("metadata").path("name").asText());
        assertThat(scheduled.path("method").asText()).isEqualTo("barmanObjectStore");
        assertThat(scheduled.path("schedule").asText().split(" ")).as("CloudNativePG's cron has a seconds field").hasSize(6);
    }

    @Test
    void theSecondRegionReplaysThePrimarysArchiveAndArchivesToItsOwnStore() throws IOException {
        List<HasMetadata> dr = Manifests.parseStrict(Manifests.kustomize(Manifests.ROOT.resolve("k8s/dr")), "k8s/dr");
        JsonNode replica = Manifests.custom(dr, "Cluster").getFirst().path("spec");
        assertThat(replica.path("replica").path("enabled").asBoolean()).isTrue();
        String source = replica.path("replica").path("source").asText();
        assertThat(replica.path("bootstrap").path("recovery").path("source").asText()).isEqualTo(source);
        JsonNode external = null;
        for (JsonNode e : replica.path("externalClusters")) {
            if (e.path("name").asText().equals(source)) {
                external = e;
            }
        }
        assertThat(external).as("externalClusters entry " + source).isNotNull();
        JsonNode primaryStore = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertThat(external.path("barmanObjectStore").path("destinationPath").asText()).isEqualTo(primaryStore.path("destinationPath").asText());
        assertThat(external.path("barmanObjectStore").path("serverName").asText()).isEqualTo(cluster.path("metadata").path("name").asText());
        JsonNode ownStore = replica.path("backup").path("barmanObjectStore");
        assertThat(ownStore.path("destinationPath").asText()).startsWith("s3://").isNotEqualTo(primaryStore.path("destinationPath").asText());
        assertThat(ownStore.path("endpointURL").asText()).as("another region's endpoint").isNotEqualTo(primaryStore.path("endpointURL").asText());
        assertThat(ownStore.path("wal").path("encryption").asText()).isEqualTo("AES256");
        assertThat(Manifests.custom(dr, "ScheduledBackup")).singleElement()
                .satisfies(b -> assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo("helmsman-db-dr"));
    }

    @Test
    void theAppConnectsThroughThePoolerWithVerifyFullAgainstTheClustersCa() {
        URI jdbc = URI.create(databaseUrl().substring("jdbc:".length()));
        String poolerName = pooler.path("metadata").path("name").asText();
        assertThat(jdbc.getHost()).isEqualTo(poolerName + ".helmsman.svc.cluster.local");
        List<String> altNames = new ArrayList<>();
        cluster.path("spec").path("certificates").path("serverAltDNSNames").forEach(n -> altNames.add(n.asText()));
        assertThat(altNames).as("the server certificate names the pooler's host").contains(jdbc.getHost());
        Map<String, String> params = query(jdbc);
        assertThat(params).containsEntry("sslmode", "verify-full");
        String rootCert = params.get("sslrootcert");
        PodSpec pod = Manifests.named(all, Deployment.class, "helmsman").getSpec().getTemplate().getSpec();
        String dir = rootCert.substring(0, rootCert.lastIndexOf('/'));
        String volumeName = app().getVolumeMounts().stream().filter(m -> m.getMountPath().equals(dir)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + dir)).getName();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(volumeName)).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).as("the operator's CA Secret").isEqualTo(cluster.path("metadata").path("name").asText() + "-ca");
        assertThat(volume.getSecret().getItems()).singleElement().satisfies(i -> assertThat(dir + "/" + i.getPath()).isEqualTo(rootCert));
        EnvVar password = app().getEnv().stream().filter(e -> e.getName().equals("DATABASE_PASSWORD")).findFirst().orElseThrow();
        assertThat(password.getValueFrom().getSecretKeyRef().getName())
                .isEqualTo(cluster.path("spec").path("bootstrap").path("initdb").path("secret").path("name").asText());
        assertThat(jdbc.getPath()).isEqualTo("/" + cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
    }

    @Test
    void thePoolerUsesSessionModeBecauseTheAppTakesAdvisoryLocksAndPreparesStatements() throws IOException {
        boolean advisoryLocks;
        try (Stream<Path> files = Files.walk(Manifests.ROOT.resolve("src/main/java"))) {
            advisoryLocks = files.filter(p -> p.toString().endsWith(".java")).anyMatch(p -> {
                try {
                    return Files.readString(p).contains("pg_try_advisory") || Files.readString(p).contains("pg_advisory");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(advisoryLocks).as("the app takes advisory locks (Jobs); if that changes, revisit ADR 0104").isTrue();
        JsonNode spec = pooler.path("spec");
        assertThat(spec.path("pgbouncer").path("poolMode").asText()).isEqualTo("session");
        assertThat(spec.path("type").asText()).isEqualTo("rw");
        assertThat(spec.path("cluster").path("name").asText()).isEqualTo(cluster.path("metadata").path("name").asText());
        assertThat(spec.path("instances").asInt()).isGreaterThanOrEqualTo(2);
        List<String> keys = new ArrayList<>();
        spec.path("pgbouncer").path("parameters").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("parameters the operator's webhook accepts").allMatch(PGBOUNCER_PARAMETERS::contains);
    }

    @Test
    void thePoolsHoldEveryAppConnectionAndStayUnderMaxConnections() {
        JsonNode params = pooler.path("spec").path("pgbouncer").path("parameters");
        int instances = pooler.path("spec").path("instances").asInt();
        int poolSize = params.path("default_pool_size").asInt();
        int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections").asInt();
        int appPods = Manifests.named(all, HorizontalPodAutoscaler.class, "helmsman").getSpec().getMaxReplicas() + 1;
        int hikari = 10; // spring.datasource.hikari.maximum-pool-size default (DATABASE_POOL_SIZE)
        assertThat(poolSize * instances).as("server connections of all poolers").isLessThan(maxConnections - 10)
                .isGreaterThanOrEqualTo(appPods * hikari);
        assertThat(params.path("max_client_conn").asInt()).isGreaterThanOrEqualTo(appPods * hikari);
    }

    @Test
    void onlyTheAppReachesThePoolerAndOnlyThePoolerReachesTheDatabase() {
        NetworkPolicy egress = Manifests.named(all, NetworkPolicy.class, "helmsman-egress");
        assertThat(egress.getSpec().getEgress().getFirst().getTo().getFirst().getPodSelector().getMatchLabels())
                .containsEntry("cnpg.io/poolerName", pooler.path("metadata").path("name").asText());
        NetworkPolicy pool = Manifests.named(all, NetworkPolicy.class, "helmsman-db-pooler");
        assertThat(pool.getSpec().getIngress().getFirst().getFrom().getFirst().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "helmsman");
        NetworkPolicy db = Manifests.named(all, NetworkPolicy.class, "helmsman-db");
        assertThat(db.getSpec().getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", "helmsman-db");
        assertThat(db.getSpec().getIngress().getFirst().getFrom()).extracting(p -> p.getPodSelector().getMatchLabels())
                .noneMatch(l -> "helmsman".equals(l.get("app.kubernetes.io/name")));
        assertThat(db.getSpec().getIngress()).as("the operator reaches the instances' status port")
                .anySatisfy(r -> {
                    assertThat(r.getFrom()).anyMatch(f -> f.getNamespaceSelector() != null
                            && "cnpg-system".equals(f.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")));
                    assertThat(r.getPorts()).anyMatch(p -> Integer.valueOf(8000).equals(p.getPort().getIntVal()));
                });
    }
}
