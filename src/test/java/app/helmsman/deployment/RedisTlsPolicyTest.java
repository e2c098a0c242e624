package app.helmsman.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redis with TLS and a password in every environment (issue 18): Redis has no plain port and requires the
 * password of Secret helmsman-redis; the app connects with a rediss:// URL to a host the certificate names,
 * with that password, and trusts the CA of the certificate's Secret (mounted without the key).
 */
class RedisTlsPolicyTest {

    @BeforeAll
    static void needsKustomize() {
        Manifests.requireKubectl();
    }

    static Stream<String> overlays() {
        return Manifests.OVERLAYS.stream();
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no env " + name));
    }

    private static String arg(List<String> args, String flag) {
        int i = args.indexOf(flag);
        assertThat(i).as("argument " + flag).isNotNegative();
        return args.get(i + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void redisSpeaksOnlyTlsAndRequiresThePasswordFromItsSecret(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        PodSpec pod = Manifests.named(all, Deployment.class, "redis").getSpec().getTemplate().getSpec();
        Container redis = pod.getContainers().getFirst();
        List<String> args = redis.getArgs();
        assertThat(arg(args, "--port")).as("no plain-text port").isEqualTo("0");
        int tlsPort = Integer.parseInt(arg(args, "--tls-port"));
        assertThat(redis.getPorts().getFirst().getContainerPort()).isEqualTo(tlsPort);
        Service service = Manifests.named(all, Service.class, "redis");
        assertThat(service.getSpec().getPorts().getFirst().getPort()).isEqualTo(tlsPort);
        assertThat(arg(args, "--requirepass")).isEqualTo("$(REDIS_PASSWORD)");
        assertThat(env(redis, "REDIS_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo("helmsman-redis");
        // the certificate files come from the cert-manager Secret
        String certDir = arg(args, "--tls-cert-file").replace("/tls.crt", "");
        VolumeMount mount = redis.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(certDir)).findFirst().orElseThrow();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo(certificate(all, "redis-tls").path("spec").path("secretName").asText());
        assertThat(arg(args, "--tls-key-file")).isEqualTo(certDir + "/tls.key");
        assertThat(redis.getLivenessProbe().getExec().getCommand()).contains("--tls");
        assertThat(redis.getReadinessProbe().getExec().getCommand()).contains("--tls");
    }

    private static JsonNode certificate(List<HasMetadata> all, String name) {
        return Manifests.custom(all, "Certificate").stream().filter(c -> c.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Certificate " + name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAppConnectsWithRedissToANameOnTheCertificateAndTrustsOnlyItsCa(String overlay) {
        List<HasMetadata> all = Manifests.rendered(overlay);
        PodSpec pod = Manifests.named(all, Deployment.class, "helmsman").getSpec().getTemplate().getSpec();
        Container app = pod.getContainers().getFirst();
        List<String> names = app.getEnv().stream().map(EnvVar::getName).toList();
        assertThat(names.indexOf("REDIS_PASSWORD")).as("REDIS_PASSWORD defined before REDIS_URL uses it").isLessThan(names.indexOf("REDIS_URL"));
        assertThat(env(app, "REDIS_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo("helmsman-redis");
        URI url = URI.create(env(app, "REDIS_URL").getValue());
        assertThat(url.getScheme()).isEqualTo("rediss");
        assertThat(url.getUserInfo()).isEqualTo(":$(REDIS_PASSWORD)");
        JsonNode cert = certificate(all, "redis-tls");
        List<String> dnsNames = new ArrayList<>();
        cert.path("spec").path("dnsNames").forEach(n -> dnsNames.add(n.asText()));
        assertThat(dnsNames).as("the certificate names the host the app connects to").contains(url.getHost());
        assertThat(cert.path("spec").path("issuerRef").path("name").asText()).isEqualTo("helmsman-internal-ca");
        Service service = Manifests.named(all, Service.class, "redis");
        assertThat(url.getHost()).startsWith(service.getMetadata().getName() + "." + service.getMetadata().getNamespace() + ".svc");
        assertThat(url.getPort()).isEqualTo(service.getSpec().getPorts().getFirst().getPort());

        String caFile = env(app, "REDIS_CA_FILE").getValue();
        String caDir = caFile.substring(0, caFile.lastIndexOf('/'));
        VolumeMount mount = app.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(caDir)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + caDir));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo(cert.path("spec").path("secretName").asText());
        assertThat(volume.getSecret().getItems()).as("only the CA certificate, never the server's key")
                .singleElement().satisfies(item -> {
                    assertThat(item.getKey()).isEqualTo("ca.crt");
                    assertThat(caDir + "/" + item.getPath()).isEqualTo(caFile);
                });
    }
}
