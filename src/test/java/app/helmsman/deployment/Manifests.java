package app.helmsman.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Loads the Kubernetes manifests of k8s/ and monitoring/ into fabric8's typed model, strictly:
 * a document whose kind fabric8 does not know, or any field that lands in a model object's
 * additionalProperties (a typo such as {@code replicsa}), is an error.
 */
final class Manifests {

    static final Path ROOT = findRoot();
    static final List<String> OVERLAYS = List.of("dev", "staging", "prod");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    /**
     * Custom resources fabric8's core model does not know, accepted as {@link GenericKubernetesResource}: their
     * fields are checked by scripts/test-infrastructure.sh against the published model or CRD schema
     * (kubernetes-schemas) and their policy by the tests here (ResourceGuardsTest, CloudNativePgPolicyTest,
     * ExternalSecretsPolicyTest).
     */
    static final Set<String> CUSTOM_KINDS = Set.of(
            "autoscaling.k8s.io/v1 VerticalPodAutoscaler",
            "cert-manager.io/v1 Certificate",
            "cert-manager.io/v1 Issuer",
            "external-secrets.io/v1 ExternalSecret",
            "external-secrets.io/v1 SecretStore",
            "postgresql.cnpg.io/v1 Cluster",
            "postgresql.cnpg.io/v1 Pooler",
            "postgresql.cnpg.io/v1 ScheduledBackup");

    private Manifests() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s/base"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no k8s/base above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every plain manifest file (kustomization files excluded). */
    static List<Path> manifestFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("k8s/base", "k8s/components", "k8s/dr", "monitoring/k8s")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The YAML documents of a string, as JSON trees (empty documents dropped). */
    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    docs.add(node);
                }
            }
        }
        return docs;
    }

    /** Parses every document strictly; throws AssertionError naming the first problem. */
    static List<HasMetadata> parseStrict(String yaml, String source) throws IOException {
        List<HasMetadata> out = new ArrayList<>();
        for (JsonNode doc : documents(yaml)) {
            String what = source + ": " + doc.path("kind").asText("?") + "/" + doc.path("metadata").path("name").asText("?");
            Object parsed;
            try {
                parsed = SERIALIZATION.unmarshal(JSON.writeValueAsString(doc));
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": does not parse: " + e.getMessage(), e);
            }
            if (parsed instanceof GenericKubernetesResource custom
                    && CUSTOM_KINDS.contains(custom.getApiVersion() + " " + custom.getKind())) {
                out.add(custom);
                continue;
            }
            if (!(parsed instanceof HasMetadata resource) || parsed instanceof GenericKubernetesResource) {
                throw new AssertionError(what + ": not a kind fabric8 knows (" + doc.path("apiVersion").asText() + ")");
            }
            List<String> unknown = new ArrayList<>();
            collectUnknownFields(resource, "", unknown);
            if (!unknown.isEmpty()) {
                throw new AssertionError(what + ": unknown fields " + unknown);
            }
            out.add(resource);
        }
        return out;
    }

    static List<HasMetadata> parseFile(Path file) throws IOException {
        return parseStrict(Files.readString(file), ROOT.relativize(file).toString());
    }

    /** `kubectl kustomize k8s/overlays/NAME`, parsed strictly; null if kubectl is not installed. */
    static List<HasMetadata> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            try {
                return parseStrict(kustomize(ROOT.resolve("k8s/overlays/" + o)), "k8s/overlays/" + o);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs the caller's tests only where kubectl is installed (see {@link #requireKubectl(boolean, Map)}). */
    static void requireKubectl() {
        requireKubectl(kubectlAvailable(), System.getenv());
    }

    /**
     * Fails the calling tests where kubectl is missing in CI ({@code CI=true}: GitHub Actions and .ci/run set it,
     * and .ci/run installs kubectl), so that CI never passes with the deployment checks skipped; skips them with a
     * notice on a developer machine without kubectl.
     *
     * @param available whether {@code kubectl version --client} worked
     * @param env the environment
     */
    static void requireKubectl(boolean available, Map<String, String> env) {
        if (available) {
            return;
        }
        if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
            throw new AssertionError("kubectl (with kustomize 5) is required when CI=true, the deployment tests may not be skipped"
                    + " there: .ci/run installs it");
        }
        Assumptions.abort("kubectl (kustomize) is not installed; CI runs these tests (.ci/run installs it)");
    }

    static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String kustomize(Path dir) throws IOException {
        Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
        byte[] err;
        String out;
        try (var in = p.getInputStream(); var es = p.getErrorStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            err = es.readAllBytes();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> resources, Class<T> type, String name) {
        return ofKind(resources, type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /**
     * The CloudNativePG Clusters a job creates at run time, carried as files in ConfigMaps (the weekly restore
     * check's throw-away cluster, k8s/components/restore-check): they count in the namespace's quota too.
     */
    static List<JsonNode> embeddedClusters(List<HasMetadata> resources) {
        List<JsonNode> out = new ArrayList<>();
        for (ConfigMap cm : ofKind(resources, ConfigMap.class)) {
            if (cm.getData() == null) {
                continue;
            }
            for (var e : cm.getData().entrySet()) {
                if (e.getKey().endsWith("-cluster.yaml")) {
                    try {
                        documents(e.getValue()).stream().filter(d -> d.path("kind").asText().equals("Cluster")).forEach(out::add);
                    } catch (IOException ex) {
                        throw new AssertionError("ConfigMap " + cm.getMetadata().getName() + " " + e.getKey() + " does not parse", ex);
                    }
                }
            }
        }
        return out;
    }

    /** The custom resources of a kind (see {@link #CUSTOM_KINDS}) as JSON trees. */
    static List<JsonNode> custom(List<HasMetadata> resources, String kind) {
        return resources.stream()
                .filter(r -> r instanceof GenericKubernetesResource && r.getKind().equals(kind))
                .map(r -> readJson(SERIALIZATION.asJson(r)))
                .toList();
    }

    /** Any resource as a JSON tree. */
    static JsonNode json(HasMetadata resource) {
        return readJson(SERIALIZATION.asJson(resource));
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode readYaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    // ------------------------------------------------------------------ unknown-field walk

    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                collectUnknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                collectUnknownFields(e.getValue(), path + "." + e.getKey(), unknown);
            }
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            if (!name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
                continue;
            }
            String field = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            collectUnknownFields(value, path + "." + field, unknown);
        }
    }
}
