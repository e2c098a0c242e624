package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scaling and cost guards (issue 18): every namespace has a ResourceQuota and a LimitRange, the quota holds the
 * worst case the manifests allow (each HPA at its maximum plus a rolling update's surge pod, every StatefulSet,
 * CloudNativePG instance, pooler and job), every container lies within the LimitRange, and the app's VPA only
 * recommends.
 */
class ResourceGuardsTest {

    static final List<String> QUOTA_KEYS = List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory");

    @BeforeAll
    static void needsKustomize() {
        Manifests.requireKubectl();
    }

    static Stream<String> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    /** One kind of pod the namespace may run, and how many of it at most at the same time. */
    record PodGroup(String namespace, String what, int count, List<Map<String, Quantity>> requests, List<Map<String, Quantity>> limits) {
    }

    static List<PodGroup> worstCase(List<HasMetadata> all) {
        List<PodGroup> out = new ArrayList<>();
        List<HorizontalPodAutoscaler> hpas = Manifests.ofKind(all, HorizontalPodAutoscaler.class);
        for (Deployment d : Manifests.ofKind(all, Deployment.class)) {
            String name = d.getMetadata().getName();
            int pods = hpas.stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment") && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .map(h -> h.getSpec().getMaxReplicas())
                    .findFirst()
                    .orElse(d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas());
            var strategy = d.getSpec().getStrategy();
            int surge = 0;
            if (strategy == null || strategy.getType() == null || strategy.getType().equals("RollingUpdate")) {
                IntOrString s = strategy == null || strategy.getRollingUpdate() == null ? null : strategy.getRollingUpdate().getMaxSurge();
                surge = s == null ? (int) Math.ceil(pods * 0.25)
                        : s.getIntVal() != null ? s.getIntVal()
                        : (int) Math.ceil(pods * Integer.parseInt(s.getStrVal().replace("%", "")) / 100.0);
            }
            out.add(group(d, "Deployment/" + name, pods + surge, d.getSpec().getTemplate().getSpec()));
        }
        for (StatefulSet s : Manifests.ofKind(all, StatefulSet.class)) {
            int pods = s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
            out.add(group(s, "StatefulSet/" + s.getMetadata().getName(), pods, s.getSpec().getTemplate().getSpec()));
        }
        for (CronJob j : Manifests.ofKind(all, CronJob.class)) {
            assertThat(j.getSpec().getConcurrencyPolicy()).as("CronJob/" + j.getMetadata().getName() + " runs one job at a time")
                    .isEqualTo("Forbid");
            out.add(group(j, "CronJob/" + j.getMetadata().getName(), 1, j.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
        }
        for (JsonNode c : clusters(all)) {
            var res = c.path("spec").path("resources");
            out.add(new PodGroup(c.path("metadata").path("namespace").asText(), "Cluster/" + c.path("metadata").path("name").asText(),
                    c.path("spec").path("instances").asInt(1), List.of(quantities(res.path("requests"))), List.of(quantities(res.path("limits")))));
        }
        for (JsonNode p : Manifests.custom(all, "Pooler")) {
            List<Map<String, Quantity>> req = new ArrayList<>();
            List<Map<String, Quantity>> lim = new ArrayList<>();
            for (JsonNode container : p.path("spec").path("template").path("spec").path("containers")) {
                req.add(quantities(container.path("resources").path("requests")));
                lim.add(quantities(container.path("resources").path("limits")));
            }
            out.add(new PodGroup(p.path("metadata").path("namespace").asText(), "Pooler/" + p.path("metadata").path("name").asText(),
                    p.path("spec").path("instances").asInt(1), req, lim));
        }
        return out;
    }

    /** The Clusters of the manifests and the restore check's throw-away one, which its CronJob creates. */
    private static List<JsonNode> clusters(List<HasMetadata> all) {
        return Stream.concat(Manifests.custom(all, "Cluster").stream(), Manifests.embeddedClusters(all).stream()).toList();
    }

    private static Map<String, Quantity> quantities(JsonNode node) {
        Map<String, Quantity> out = new TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), new Quantity(e.getValue().asText())));
        return out;
    }

    private static PodGroup group(HasMetadata owner, String what, int count, PodSpec pod) {
        List<Map<String, Quantity>> req = new ArrayList<>();
        List<Map<String, Quantity>> lim = new ArrayList<>();
        for (Container c : pod.getContainers()) {
            req.add(c.getResources().getRequests());
            lim.add(c.getResources().getLimits());
        }
        return new PodGroup(owner.getMetadata().getNamespace(), what, count, req, lim);
    }

    private static BigDecimal amount(Quantity q) {
        return q == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(q);
    }

    /** The quota keys the worst case needs, per namespace: requests.cpu, limits.memory, pods, requests.storage. */
    static Map<String, Map<String, BigDecimal>> needed(List<HasMetadata> all) {
        Map<String, Map<String, BigDecimal>> need = new TreeMap<>();
        for (PodGroup g : worstCase(all)) {
            Map<String, BigDecimal> ns = need.computeIfAbsent(g.namespace(), k -> new TreeMap<>());
            BigDecimal n = BigDecimal.valueOf(g.count());
            for (String resource : List.of("cpu", "memory")) {
                BigDecimal req = g.requests().stream().map(m -> amount(m.get(resource))).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal lim = g.limits().stream().map(m -> amount(m.get(resource))).reduce(BigDecimal.ZERO, BigDecimal::add);
                ns.merge("requests." + resource, req.multiply(n), BigDecimal::add);
                ns.merge("limits." + resource, lim.multiply(n), BigDecimal::add);
            }
            ns.merge("pods", n, BigDecimal::add);
        }
        for (StatefulSet s : Manifests.ofKind(all, StatefulSet.class)) {
            int pods = s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
            for (PersistentVolumeClaim t : s.getSpec().getVolumeClaimTemplates()) {
                addClaim(need, s.getMetadata().getNamespace(), amount(t.getSpec().getResources().getRequests().get("storage")).multiply(BigDecimal.valueOf(pods)), pods);
            }
        }
        for (PersistentVolumeClaim c : Manifests.ofKind(all, PersistentVolumeClaim.class)) {
            addClaim(need, c.getMetadata().getNamespace(), amount(c.getSpec().getResources().getRequests().get("storage")), 1);
        }
        for (JsonNode c : clusters(all)) {
            int instances = c.path("spec").path("instances").asInt(1);
            for (String volume : List.of("storage", "walStorage")) {
                JsonNode size = c.path("spec").path(volume).path("size");
                if (!size.isMissingNode()) {
                    addClaim(need, c.path("metadata").path("namespace").asText(),
                            amount(new Quantity(size.asText())).multiply(BigDecimal.valueOf(instances)), instances);
                }
            }
        }
        return need;
    }

    private static void addClaim(Map<String, Map<String, BigDecimal>> need, String namespace, BigDecimal bytes, int claims) {
        Map<String, BigDecimal> ns = need.computeIfAbsent(namespace, k -> new TreeMap<>());
        ns.merge("requests.storage", bytes, BigDecimal::add);
        ns.merge("persistentvolumeclaims", BigDecimal.valueOf(claims), BigDecimal::add);
    }

    /** Every quota key the worst case exceeds, in words; empty when everything fits. */
    static List<String> overQuota(List<HasMetadata> all) {
        List<String> problems = new ArrayList<>();
        needed(all).forEach((namespace, need) -> {
            List<ResourceQuota> quotas = Manifests.ofKind(all, ResourceQuota.class).stream()
                    .filter(q -> q.getMetadata().getNamespace().equals(namespace)).toList();
            if (quotas.size() != 1) {
                problems.add(namespace + ": " + quotas.size() + " ResourceQuotas, expected 1");
                return;
            }
            Map<String, Quantity> hard = quotas.getFirst().getSpec().getHard();
            need.forEach((key, value) -> {
                Quantity limit = hard.get(key);
                if (limit == null) {
                    problems.add(namespace + ": the quota does not bound " + key);
                } else if (value.compareTo(amount(limit)) > 0) {
                    problems.add(namespace + ": " + key + " needs " + value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                            + " at the worst case, the quota allows " + limit);
                }
            });
        });
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theQuotaHoldsEveryPodAtTheHpaMaximumWithItsSurge(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        assertThat(overQuota(all)).as(overlay).isEmpty();
        assertThat(needed(all)).as("quota keys checked in " + overlay).allSatisfy((ns, need) -> assertThat(need).containsKeys(QUOTA_KEYS.toArray(String[]::new)));
    }

    @Test
    void productionWorstCaseCountsTheRestoreChecksThrowAwayCluster() {
        assertThat(worstCase(Manifests.rendered("prod"))).extracting(PodGroup::what)
                .contains("Cluster/helmsman-db", "Cluster/helmsman-db-restore-check", "CronJob/helmsman-restore-check");
    }

    @Test
    void productionWorstCaseCountsTenAppPodsAndOneSurge() {
        PodGroup app = worstCase(Manifests.rendered("prod")).stream().filter(g -> g.what().equals("Deployment/helmsman")).findFirst().orElseThrow();
        assertThat(app.count()).isEqualTo(11);
        assertThat(needed(Manifests.rendered("prod")).get("helmsman").get("limits.cpu")).isGreaterThanOrEqualTo(new BigDecimal("13"));
    }

    @Test
    void anHpaMaximumBeyondTheQuotaIsReported() throws IOException {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: helmsman}
                spec:
                  selector: {matchLabels: {a: b}}
                  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: c
                          image: i:1
                          resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1", memory: 2Gi}}
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web, namespace: helmsman}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 20
                ---
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: q, namespace: helmsman}
                spec:
                  hard: {requests.cpu: "16", requests.memory: 36Gi, limits.cpu: "16", limits.memory: 36Gi, pods: "30"}
                """;
        assertThat(overQuota(Manifests.parseStrict(yaml, "synthetic.yaml")))
                .containsExactly("helmsman: limits.cpu needs 21 at the worst case, the quota allows 16",
                        "helmsman: limits.memory needs 45097156608 at the worst case, the quota allows 36Gi");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerLiesWithinItsNamespacesLimitRange(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        var namespaces = new TreeSet<String>();
        for (PodGroup g : worstCase(all)) {
            namespaces.add(g.namespace());
            LimitRangeItem item = Manifests.ofKind(all, LimitRange.class).stream()
                    .filter(l -> l.getMetadata().getNamespace().equals(g.namespace()))
                    .flatMap(l -> l.getSpec().getLimits().stream())
                    .filter(i -> i.getType().equals("Container"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": no Container LimitRange in " + g.namespace()));
            assertThat(item.getDefault()).as("defaults for containers without limits").containsKeys("cpu", "memory");
            assertThat(item.getDefaultRequest()).as("defaults for containers without requests").containsKeys("cpu", "memory");
            for (int i = 0; i < g.limits().size(); i++) {
                for (String r : List.of("cpu", "memory")) {
                    String where = overlay + " " + g.what() + " container " + i + " " + r;
                    assertThat(amount(g.limits().get(i).get(r))).as(where + " limit <= LimitRange max").isLessThanOrEqualTo(amount(item.getMax().get(r)));
                    assertThat(amount(g.requests().get(i).get(r))).as(where + " request >= LimitRange min").isGreaterThanOrEqualTo(amount(item.getMin().get(r)));
                }
            }
        }
        assertThat(namespaces).as(overlay + " namespaces with workloads").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAppsVpaOnlyRecommendsWithinTheLimitRange(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        List<JsonNode> vpas = Manifests.custom(all, "VerticalPodAutoscaler");
        assertThat(vpas).as(overlay + " VPAs").hasSize(1);
        JsonNode spec = vpas.getFirst().path("spec");
        assertThat(spec.path("updatePolicy").path("updateMode").asText()).as("recommendation mode only").isEqualTo("Off");
        Deployment app = Manifests.named(all, Deployment.class, "helmsman");
        assertThat(spec.path("targetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(spec.path("targetRef").path("apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(spec.path("targetRef").path("name").asText()).isEqualTo(app.getMetadata().getName());
        JsonNode policy = spec.path("resourcePolicy").path("containerPolicies").get(0);
        assertThat(policy.path("containerName").asText()).as("a container of the Deployment")
                .isEqualTo(app.getSpec().getTemplate().getSpec().getContainers().getFirst().getName());
        LimitRangeItem item = Manifests.named(all, LimitRange.class, "helmsman-limits").getSpec().getLimits().getFirst();
        for (String r : List.of("cpu", "memory")) {
            assertThat(amount(new Quantity(policy.path("maxAllowed").path(r).asText()))).as("maxAllowed " + r)
                    .isPositive().isLessThanOrEqualTo(amount(item.getMax().get(r)));
            assertThat(amount(new Quantity(policy.path("minAllowed").path(r).asText()))).as("minAllowed " + r)
                    .isPositive().isGreaterThanOrEqualTo(amount(item.getMin().get(r)));
        }
    }
}
