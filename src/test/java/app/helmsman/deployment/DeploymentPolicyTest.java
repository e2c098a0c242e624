package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy of the rendered overlays: the app's contract (ports, probe paths, env), security
 * context, resources, labels and selectors, Service/Ingress wiring, autoscaling, network policies.
 */
class DeploymentPolicyTest {

    /** The app's contract (issue 6). */
    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 8081;
    static final String LIVENESS_PATH = "/livez";
    static final String READINESS_PATH = "/readyz";
    static final List<String> REQUIRED_ENV = List.of("SPRING_PROFILES_ACTIVE", "SERVER_PORT", "MANAGEMENT_SERVER_PORT",
            "DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD", "REDIS_URL", "HELMSMAN_BASE_URL",
            "HELMSMAN_AI_BASE_URL", "HELMSMAN_AI_MODEL", "HELMSMAN_REMEMBER_ME_KEY", "JAVA_TOOL_OPTIONS");
    static final List<String> SECRET_ENV = List.of("HELMSMAN_REMEMBER_ME_KEY", "HELMSMAN_ENCRYPTION_KEY", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
            "MICROSOFT_CLIENT_ID", "MICROSOFT_CLIENT_SECRET", "OPENAI_API_KEY", "HELMSMAN_ENCRYPTION_OLD_KEYS", "HELMSMAN_MAIL_USERNAME",
            "HELMSMAN_MAIL_PASSWORD");

    @BeforeAll
    static void needsKustomize() {
        Manifests.requireKubectl();
    }

    static Stream<String> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    private static Deployment app(String overlay) {
        return Manifests.named(Manifests.rendered(overlay), Deployment.class, "helmsman");
    }

    private static Container appContainer(String overlay) {
        return app(overlay).getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    /** A probe's or Service's port (number or name) resolved against the container's ports. */
    private static int resolve(IntOrString port, Container container) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal() + " in " + container.getName()));
    }

    private static void assertHttpProbe(Probe probe, String path, Container container, String what) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(what + " is an HTTP GET").isNotNull();
        assertThat(get.getPath()).as(what + " path").isEqualTo(path);
        assertThat(resolve(get.getPort(), container)).as(what + " port").isEqualTo(HTTP_PORT);
    }

    // ------------------------------------------------------------------ app Deployment

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void appServesTheContractPortsAndProbePaths(String overlay) {
        Container c = appContainer(overlay);
        assertThat(c.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .contains(org.assertj.core.groups.Tuple.tuple("http", HTTP_PORT),
                        org.assertj.core.groups.Tuple.tuple("management", MANAGEMENT_PORT));
        assertHttpProbe(c.getStartupProbe(), LIVENESS_PATH, c, "startupProbe");
        assertHttpProbe(c.getLivenessProbe(), LIVENESS_PATH, c, "livenessProbe");
        assertHttpProbe(c.getReadinessProbe(), READINESS_PATH, c, "readinessProbe");
        assertThat(c.getStartupProbe().getPeriodSeconds() * c.getStartupProbe().getFailureThreshold())
                .as("startup budget in seconds").isGreaterThanOrEqualTo(120);
        Map<String, String> annotations = app(overlay).getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(MANAGEMENT_PORT))
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void appGetsEveryContractVariable(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        Container c = appContainer(overlay);
        Set<String> names = new HashSet<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                names.addAll(Manifests.named(all, ConfigMap.class, from.getConfigMapRef().getName()).getData().keySet());
            }
            if (from.getSecretRef() != null) {
                assertThat(from.getSecretRef().getName()).isEqualTo("helmsman-secrets");
                names.addAll(SECRET_ENV); // keys of the secret template, checked below
            }
        }
        c.getEnv().stream().map(EnvVar::getName).forEach(names::add);
        assertThat(names).containsAll(REQUIRED_ENV);
        Map<String, String> data = Manifests.named(all, ConfigMap.class, configMapName(c)).getData();
        assertThat(data).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                .containsEntry("SERVER_PORT", String.valueOf(HTTP_PORT))
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT));
        assertThat(data.get("DATABASE_URL")).as("dev: the StatefulSet; staging and prod: CloudNativePG's pooler")
                .startsWith(overlay.equals("dev") ? "jdbc:postgresql://postgresql.helmsman.svc" : "jdbc:postgresql://helmsman-db-pooler-rw.helmsman.svc");
        assertThat(data).as("REDIS_URL carries the password, so it comes from the env (RedisTlsPolicyTest)").doesNotContainKey("REDIS_URL");
        assertThat(data.get("HELMSMAN_BASE_URL")).startsWith("https://");
        String host = data.get("HELMSMAN_BASE_URL").substring("https://".length());
        Ingress ingress = Manifests.named(all, Ingress.class, "helmsman");
        assertThat(ingress.getSpec().getRules().getFirst().getHost()).as("ingress host = HELMSMAN_BASE_URL host").isEqualTo(host);
        assertThat(ingress.getSpec().getTls().getFirst().getHosts()).containsExactly(host);
    }

    private static String configMapName(Container c) {
        return c.getEnvFrom().stream().filter(f -> f.getConfigMapRef() != null).findFirst().orElseThrow()
                .getConfigMapRef().getName();
    }

    @Test
    void secretTemplateHoldsNoValuesAndEverySecretKey() throws IOException {
        List<HasMetadata> secrets = Manifests.parseFile(Manifests.ROOT.resolve("k8s/base/secret-template.yaml"));
        Secret app = Manifests.named(secrets, Secret.class, "helmsman-secrets");
        assertThat(app.getStringData()).containsOnlyKeys(SECRET_ENV);
        for (HasMetadata r : secrets) {
            Secret s = (Secret) r;
            assertThat(s.getData()).as("base64 data in " + s.getMetadata().getName()).isNullOrEmpty();
            assertThat(s.getStringData().values()).as("values in " + s.getMetadata().getName()).allMatch(String::isEmpty);
        }
        List<String> resources = new ArrayList<>();
        Manifests.readYaml(Manifests.ROOT.resolve("k8s/base/kustomization.yaml")).path("resources")
                .forEach(r -> resources.add(r.asText()));
        assertThat(resources).as("the template is never applied").isNotEmpty().doesNotContain("secret-template.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void appShutsDownGracefullyAndSpreadsOverNodes(String overlay) {
        PodSpec pod = app(overlay).getSpec().getTemplate().getSpec();
        Container c = appContainer(overlay);
        assertThat(c.getLifecycle().getPreStop().getExec().getCommand()).contains("sleep 10");
        assertThat(pod.getTerminationGracePeriodSeconds()).as("preStop 10 s + graceful shutdown 30 s").isGreaterThanOrEqualTo(45L);
        assertThat(pod.getAffinity().getPodAntiAffinity()).isNotNull();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(c.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(app(overlay).getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
    }

    @Test
    void productionSizing() {
        Container c = appContainer("prod");
        assertThat(c.getResources().getRequests()).containsEntry("cpu", new Quantity("500m")).containsEntry("memory", new Quantity("1Gi"));
        assertThat(c.getResources().getLimits()).containsEntry("cpu", new Quantity("1000m")).containsEntry("memory", new Quantity("2Gi"));
        assertThat(app("prod").getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
        HorizontalPodAutoscaler hpa = Manifests.named(Manifests.rendered("prod"), HorizontalPodAutoscaler.class, "helmsman");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(hpa.getSpec().getMetrics()).extracting(m -> m.getResource().getName()).containsExactlyInAnyOrder("cpu", "memory");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("helmsman");
        PodDisruptionBudget pdb = Manifests.named(Manifests.rendered("prod"), PodDisruptionBudget.class, "helmsman");
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(app("prod").getSpec().getSelector().getMatchLabels());
        JsonNode db = Manifests.custom(Manifests.rendered("prod"), "Cluster").getFirst().path("spec");
        assertThat(db.path("resources").path("requests").path("cpu").asText()).isEqualTo("1000m");
        assertThat(db.path("resources").path("requests").path("memory").asText()).isEqualTo("4Gi");
        assertThat(db.path("resources").path("limits").path("cpu").asText()).isEqualTo("2000m");
        assertThat(db.path("resources").path("limits").path("memory").asText()).isEqualTo("8Gi");
        assertThat(db.path("storage").path("size").asText()).isEqualTo("50Gi");
        assertThat(Manifests.ofKind(Manifests.rendered("prod"), StatefulSet.class)).extracting(r -> r.getMetadata().getName())
                .as("PostgreSQL runs on CloudNativePG in prod").doesNotContain("postgresql");
        assertThat(Manifests.ofKind(Manifests.rendered("prod"), CronJob.class)).extracting(r -> r.getMetadata().getName())
                .containsExactly("helmsman-restore-check");
    }

    @Test
    void stagingAndDevAreSmaller() {
        HorizontalPodAutoscaler staging = Manifests.named(Manifests.rendered("staging"), HorizontalPodAutoscaler.class, "helmsman");
        assertThat(staging.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(staging.getSpec().getMaxReplicas()).isEqualTo(4);
        assertThat(app("staging").getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
        assertThat(app("dev").getSpec().getReplicas()).isEqualTo(1);
        assertThat(Manifests.ofKind(Manifests.rendered("dev"), HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(Manifests.ofKind(Manifests.rendered("dev"), PodDisruptionBudget.class)).isEmpty();
        assertThat(Manifests.ofKind(Manifests.rendered("dev"), CronJob.class)).isEmpty();
        assertThat(appContainer("dev").getResources().getLimits().get("memory")).isNotNull();
        StatefulSet pg = Manifests.named(Manifests.rendered("dev"), StatefulSet.class, "postgresql");
        assertThat(pg.getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs())
                .as("no WAL archiving without a backup job").contains("archive_mode=off");
    }

    // ------------------------------------------------------------------ every workload

    record Workload(String kind, String name, PodTemplateSpec template, LabelSelector selector) {
    }

    static List<Workload> workloads(List<HasMetadata> all) {
        List<Workload> out = new ArrayList<>();
        for (Deployment d : Manifests.ofKind(all, Deployment.class)) {
            out.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getTemplate(), d.getSpec().getSelector()));
        }
        for (StatefulSet s : Manifests.ofKind(all, StatefulSet.class)) {
            out.add(new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getTemplate(), s.getSpec().getSelector()));
        }
        for (CronJob j : Manifests.ofKind(all, CronJob.class)) {
            out.add(new Workload("CronJob", j.getMetadata().getName(), j.getSpec().getJobTemplate().getSpec().getTemplate(), null));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerIsLockedDownAndSized(String overlay) {
        List<Workload> workloads = workloads(Manifests.rendered(overlay));
        assertThat(workloads).hasSizeGreaterThanOrEqualTo(3);
        for (Workload w : workloads) {
            PodSpec pod = w.template().getSpec();
            String where = overlay + " " + w.kind() + "/" + w.name();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(where + " pod runAsNonRoot").isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(where + " pod seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.getHostNetwork()).as(where + " hostNetwork").isNotEqualTo(Boolean.TRUE);
            for (Container c : pod.getContainers()) {
                String cw = where + " container " + c.getName();
                var sc = c.getSecurityContext();
                assertThat(sc).as(cw + " securityContext").isNotNull();
                assertThat(sc.getRunAsNonRoot()).as(cw + " runAsNonRoot").isTrue();
                assertThat(sc.getReadOnlyRootFilesystem()).as(cw + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.getAllowPrivilegeEscalation()).as(cw + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.getPrivileged()).as(cw + " privileged").isNotEqualTo(Boolean.TRUE);
                assertThat(sc.getCapabilities().getDrop()).as(cw + " drops").containsExactly("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(cw + " adds").isNullOrEmpty();
                assertThat(sc.getSeccompProfile().getType()).as(cw + " seccomp").isEqualTo("RuntimeDefault");
                assertThat(c.getResources().getRequests()).as(cw + " requests").containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(cw + " limits").containsKeys("cpu", "memory");
                assertThat(c.getImage()).as(cw + " image pinned to a tag").matches(".+:[^:/]+$").doesNotEndWith(":latest");
                if (!w.kind().equals("CronJob")) {
                    assertThat(c.getReadinessProbe()).as(cw + " readinessProbe").isNotNull();
                    assertThat(c.getLivenessProbe()).as(cw + " livenessProbe").isNotNull();
                }
            }
            Long uid = pod.getContainers().getFirst().getSecurityContext().getRunAsUser();
            if (w.name().equals("helmsman")) {
                assertThat(uid).as(where + " UID").isEqualTo(1001L);
                assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1001L);
                assertThat(pod.getSecurityContext().getRunAsGroup()).isEqualTo(1001L);
            }
            if (w.selector() != null) {
                assertThat(w.template().getMetadata().getLabels()).as(where + " template labels match the selector")
                        .containsAllEntriesOf(w.selector().getMatchLabels());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsAWorkloadAndTargetsARealPort(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        List<Workload> workloads = workloads(all);
        for (Service s : Manifests.ofKind(all, Service.class)) {
            Map<String, String> selector = s.getSpec().getSelector();
            Workload target = workloads.stream()
                    .filter(w -> w.template().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " Service/" + s.getMetadata().getName() + " selects no workload"));
            Container c = target.template().getSpec().getContainers().getFirst();
            for (ServicePort p : s.getSpec().getPorts()) {
                int port = resolve(p.getTargetPort(), c);
                assertThat(c.getPorts()).extracting(ContainerPort::getContainerPort)
                        .as(overlay + " Service/" + s.getMetadata().getName() + " port " + p.getName()).contains(port);
            }
        }
        Service app = Manifests.named(all, Service.class, "helmsman");
        assertThat(app.getSpec().getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(resolve(p.getTargetPort(), appContainer(overlay))).isEqualTo(HTTP_PORT);
        });
    }

    // ------------------------------------------------------------------ ingress

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ingressIsStickyLongLivedTlsAndRateLimited(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        Ingress ingress = Manifests.named(all, Ingress.class, "helmsman");
        Map<String, String> a = ingress.getMetadata().getAnnotations();
        assertThat(a).containsKey("cert-manager.io/cluster-issuer")
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true")
                .containsEntry("nginx.ingress.kubernetes.io/ssl-redirect", "true")
                .containsKeys("nginx.ingress.kubernetes.io/session-cookie-name", "nginx.ingress.kubernetes.io/proxy-body-size",
                        "nginx.ingress.kubernetes.io/limit-rps", "nginx.ingress.kubernetes.io/limit-connections");
        assertThat(Integer.parseInt(a.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))).as("Push needs long reads").isGreaterThanOrEqualTo(3600);
        assertThat(Integer.parseInt(a.get("nginx.ingress.kubernetes.io/proxy-send-timeout"))).isGreaterThanOrEqualTo(3600);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        var backend = ingress.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getBackend().getService();
        Service service = Manifests.named(all, Service.class, backend.getName());
        assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).contains(backend.getPort().getName());
        ServicePort routed = service.getSpec().getPorts().stream().filter(p -> p.getName().equals(backend.getPort().getName())).findFirst().orElseThrow();
        assertThat(resolve(routed.getTargetPort(), appContainer(overlay))).as("the ingress never routes to the management port").isEqualTo(HTTP_PORT);
    }

    // ------------------------------------------------------------------ network policies

    private static Set<Integer> ports(List<NetworkPolicyPort> ports) {
        Set<Integer> out = new HashSet<>();
        if (ports != null) {
            ports.forEach(p -> out.add(p.getPort().getIntVal()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void networkPoliciesDenyByDefaultAndOpenOnlyWhatIsNeeded(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        List<NetworkPolicy> inApp = Manifests.ofKind(all, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getNamespace().equals("helmsman")).toList();
        NetworkPolicy deny = inApp.stream().filter(p -> p.getMetadata().getName().equals("default-deny-all")).findFirst().orElseThrow();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();

        Map<String, String> appLabels = app(overlay).getSpec().getTemplate().getMetadata().getLabels();
        List<NetworkPolicy> forApp = inApp.stream()
                .filter(p -> appLabels.entrySet().containsAll(
                        p.getSpec().getPodSelector().getMatchLabels() == null ? Set.of() : p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .toList();
        Set<Integer> ingressPorts = new HashSet<>();
        Set<Integer> egressPorts = new HashSet<>();
        Set<String> ingressFromNamespaces = new HashSet<>();
        for (NetworkPolicy p : forApp) {
            if (p.getSpec().getIngress() != null) {
                p.getSpec().getIngress().forEach(r -> {
                    ingressPorts.addAll(ports(r.getPorts()));
                    r.getFrom().forEach(f -> {
                        if (f.getNamespaceSelector() != null) {
                            ingressFromNamespaces.add(f.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                        }
                    });
                });
            }
            if (p.getSpec().getEgress() != null) {
                p.getSpec().getEgress().forEach(r -> egressPorts.addAll(ports(r.getPorts())));
            }
        }
        assertThat(ingressPorts).as("app ingress ports").containsExactlyInAnyOrder(HTTP_PORT, MANAGEMENT_PORT);
        assertThat(ingressFromNamespaces).containsExactlyInAnyOrder("ingress-nginx", "helmsman-monitoring");
        assertThat(egressPorts).as("app egress: PostgreSQL, Redis, DNS, HTTPS").containsExactlyInAnyOrder(5432, 6379, 53, 443);
    }
}
