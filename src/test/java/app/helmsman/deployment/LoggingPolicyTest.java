package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.platform.Trace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log store and its shipper (issue 18, ADR 0033). Neither Loki nor Alloy can be had from the registries here, so
 * their configuration is checked by policy: 30 days kept and deleted by the compactor, the app's JSON fields parsed
 * with the names the app writes, labels of bounded cardinality (the trace id as structured metadata, never a label),
 * resources set, the network open only shipper -> Loki and Grafana -> Loki, a Loki datasource whose derived field
 * follows a trace, and a dashboard link from failing requests to their error lines.
 */
class LoggingPolicyTest {

    static List<HasMetadata> prod;
    static JsonNode loki;
    static String alloy;

    @BeforeAll
    static void load() throws IOException {
        Manifests.requireKubectl();
        prod = Manifests.rendered("prod");
        loki = Manifests.readYaml(Manifests.ROOT.resolve("monitoring/logging/loki.yaml"));
        alloy = Files.readString(Manifests.ROOT.resolve("monitoring/logging/config.alloy"));
    }

    /** The body of the first Alloy block that starts with {@code header} (e.g. {@code stage.labels}), braces matched. */
    static String block(String config, String header) {
        var start = Pattern.compile(Pattern.quote(header) + "\\s*=?\\s*\\{").matcher(config);
        assertThat(start.find()).as("config.alloy has a " + header + " block").isTrue();
        int open = start.end() - 1;
        int depth = 0;
        for (int i = open; i < config.length(); i++) {
            depth += config.charAt(i) == '{' ? 1 : config.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return config.substring(open + 1, i);
            }
        }
        throw new AssertionError("unbalanced " + header);
    }

    /** The {@code name = "value"} pairs of an Alloy map such as {@code values = { level = "", ... }}. */
    static Map<String, String> pairs(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        var m = Pattern.compile("(?m)^\\s*([a-z_]+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,?\\s*$").matcher(body);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void loki_keeps_thirty_days_and_its_compactor_deletes_what_is_older() {
        assertThat(loki.at("/limits_config/retention_period").asText()).isEqualTo("720h");
        assertThat(loki.at("/compactor/retention_enabled").asBoolean()).isTrue();
        assertThat(loki.at("/compactor/delete_request_store").asText()).as("required with retention").isNotBlank();
        assertThat(loki.at("/limits_config/allow_structured_metadata").asBoolean()).as("the trace id travels as structured metadata").isTrue();
        assertThat(loki.at("/analytics/reporting_enabled").asBoolean(true)).isFalse();
    }

    @Test
    void loki_keeps_its_data_on_its_own_volume_with_limits_set() {
        StatefulSet set = Manifests.named(prod, StatefulSet.class, "loki");
        Container c = set.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        String prefix = loki.at("/common/path_prefix").asText();
        assertThat(c.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo(prefix);
            assertThat(m.getName()).isEqualTo(set.getSpec().getVolumeClaimTemplates().getFirst().getMetadata().getName());
        });
        for (String dir : List.of("/common/storage/filesystem/chunks_directory", "/compactor/working_directory", "/ingester/wal/dir")) {
            assertThat(loki.at(dir).asText()).as(dir).startsWith(prefix + "/");
        }
        assertThat(c.getArgs()).contains("-config.file=/etc/loki/loki.yaml");
        assertThat(Manifests.named(prod, ConfigMap.class, configMapName("loki-config")).getData().get("loki.yaml"))
                .as("the ConfigMap holds monitoring/logging/loki.yaml").contains("retention_period: 720h");
    }

    @Test
    void alloy_parses_the_json_fields_the_app_writes() {
        String json = block(alloy, "stage.json");
        Map<String, String> fields = pairs(block(json, "expressions"));
        assertThat(fields).containsEntry("level", "log.level").containsEntry("logger", "log.logger")
                .containsEntry("trace_id", Trace.TRACE_ID).containsEntry("span_id", Trace.SPAN_ID)
                .containsEntry("timestamp", "\\\"@timestamp\\\"");
        assertThat(block(alloy, "stage.match")).as("only the app's container is parsed as JSON")
                .contains("selector = \"{app=\\\"helmsman\\\", container=\\\"helmsman\\\"}\"");
        assertThat(block(alloy, "discovery.kubernetes \"pods\"")).contains("names = [\"helmsman\"]");
    }

    @Test
    void labels_stay_few_and_the_trace_id_is_structured_metadata_not_a_label() {
        Map<String, String> labels = pairs(block(block(alloy, "stage.labels"), "values"));
        assertThat(labels).as("labels made from a line's fields").containsOnlyKeys("level", "logger")
                .containsEntry("logger", "logger_group");
        assertThat(block(alloy, "stage.regex")).as("the logger label is the module or top package, not the class")
                .contains("source     = \"logger\"").contains("(?P<logger_group>");
        Map<String, String> metadata = pairs(block(block(alloy, "stage.structured_metadata"), "values"));
        assertThat(metadata).containsKeys("trace_id", "span_id", "logger_name");
        var relabelTargets = Pattern.compile("target_label\\s*=\\s*\"([a-z_]+)\"").matcher(block(alloy, "discovery.relabel \"pods\""))
                .results().map(r -> r.group(1)).toList();
        assertThat(relabelTargets).containsExactlyInAnyOrder("namespace", "pod", "container", "app");
        assertThat(alloy).doesNotContainPattern("target_label\\s*=\\s*\"(trace|span)");
    }

    @Test
    void alloy_pushes_to_the_loki_service_and_reads_only_the_helmsman_namespace() {
        Service service = Manifests.named(prod, Service.class, "loki");
        int port = service.getSpec().getPorts().getFirst().getPort();
        assertThat(block(alloy, "loki.write \"loki\"")).contains("url = \"http://loki.helmsman-monitoring.svc:" + port + "/loki/api/v1/push\"");
        StatefulSet set = Manifests.named(prod, StatefulSet.class, "alloy");
        assertThat(set.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("alloy");
        Container c = set.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(c.getArgs()).contains("/etc/alloy/config.alloy").anySatisfy(a -> assertThat(a).startsWith("--storage.path=/var/lib/alloy/data"));
        Role role = Manifests.named(prod, Role.class, "alloy-logs");
        assertThat(role.getMetadata().getNamespace()).isEqualTo("helmsman");
        assertThat(role.getRules().stream().flatMap(r -> r.getResources().stream()).toList()).containsExactlyInAnyOrder("pods", "pods/log");
        assertThat(role.getRules().stream().flatMap(r -> r.getVerbs().stream()).toList())
                .doesNotContain("create", "update", "patch", "delete", "*");
        RoleBinding binding = Manifests.named(prod, RoleBinding.class, "alloy-logs");
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("alloy");
            assertThat(s.getNamespace()).isEqualTo("helmsman-monitoring");
        });
        assertThat(Manifests.named(prod, ConfigMap.class, configMapName("alloy-config")).getData().get("config.alloy")).isEqualTo(alloy);
    }

    @Test
    void only_the_shipper_and_grafana_reach_loki() {
        List<NetworkPolicy> policies = Manifests.ofKind(prod, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getNamespace().equals("helmsman-monitoring")).toList();
        NetworkPolicy lokiPolicy = selecting(policies, "loki").getFirst();
        assertThat(lokiPolicy.getSpec().getPolicyTypes()).contains("Ingress", "Egress");
        assertThat(lokiPolicy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).extracting(LoggingPolicyTest::appOf).containsExactlyInAnyOrder("alloy", "grafana");
            assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(3100));
        });
        assertThat(lokiPolicy.getSpec().getEgress()).as("Loki opens no connection").isEmpty();
        for (String client : List.of("alloy", "grafana")) {
            assertThat(selecting(policies, client).stream().flatMap(p -> p.getSpec().getEgress().stream()).toList())
                    .as(client + " may reach Loki on 3100")
                    .anySatisfy(rule -> {
                        assertThat(rule.getTo()).extracting(LoggingPolicyTest::appOf).contains("loki");
                        assertThat(rule.getPorts()).anySatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(3100));
                    });
        }
    }

    @Test
    void grafana_has_a_loki_datasource_whose_derived_field_follows_a_trace() throws IOException {
        JsonNode datasources = Manifests.readYaml(Manifests.ROOT.resolve("monitoring/grafana/provisioning/datasources/loki.yml"));
        JsonNode ds = datasources.path("datasources").get(0);
        assertThat(ds.path("uid").asText()).isEqualTo("loki");
        assertThat(ds.path("type").asText()).isEqualTo("loki");
        assertThat(ds.path("url").asText()).isEqualTo("http://loki.helmsman-monitoring.svc:3100");
        assertThat(ds.at("/jsonData/derivedFields")).anySatisfy(field -> {
            assertThat(field.path("matcherType").asText()).isEqualTo("label");
            assertThat(field.path("matcherRegex").asText()).isEqualTo("trace_id");
            assertThat(field.path("datasourceUid").asText()).isEqualTo("loki");
            assertThat(field.path("url").asText()).contains("trace_id=\"$${__value.raw}\"");
        });
        assertThat(Manifests.named(prod, ConfigMap.class, configMapName("grafana-datasources")).getData()).containsKey("loki.yml");
    }

    @Test
    void the_overview_links_failing_requests_to_their_error_lines_in_loki() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Manifests.ROOT.resolve("monitoring/grafana/dashboards/helmsman-overview.json").toFile());
        List<JsonNode> linked = new java.util.ArrayList<>();
        dashboard.path("panels").forEach(p -> {
            if (p.at("/fieldConfig/defaults/links").size() > 0) {
                linked.add(p);
            }
        });
        assertThat(linked).anySatisfy(panel -> {
            assertThat(panel.path("targets").get(0).path("expr").asText()).contains("status=~\"5..\"");
            String url = panel.at("/fieldConfig/defaults/links/0/url").asText();
            assertThat(url).startsWith("/explore?");
            String panes = URLDecoder.decode(url.substring(url.indexOf("panes=") + 6), StandardCharsets.UTF_8);
            JsonNode pane = new ObjectMapper().readTree(panes).path("logs");
            assertThat(pane.path("datasource").asText()).isEqualTo("loki");
            assertThat(pane.at("/queries/0/expr").asText()).contains("app=\"helmsman\"").contains("level=\"ERROR\"");
            assertThat(pane.at("/range/from").asText()).isEqualTo("${__from}");
            assertThat(pane.at("/range/to").asText()).isEqualTo("${__to}");
        });
    }

    private static List<NetworkPolicy> selecting(List<NetworkPolicy> policies, String app) {
        return policies.stream().filter(p -> p.getSpec().getPodSelector().getMatchLabels() != null
                && app.equals(p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))).toList();
    }

    private static String appOf(NetworkPolicyPeer peer) {
        return peer.getPodSelector() == null || peer.getPodSelector().getMatchLabels() == null ? "?"
                : peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
    }

    /** A generated ConfigMap's name carries a content hash: the one that starts with {@code base}. */
    private static String configMapName(String base) {
        return Manifests.ofKind(prod, ConfigMap.class).stream().map(c -> c.getMetadata().getName())
                .filter(n -> n.equals(base) || n.matches(Pattern.quote(base) + "-[a-z0-9]{10}")).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap " + base));
    }
}
