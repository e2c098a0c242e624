package app.helmsman.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The health panel: runs the same Spring Boot health indicators the actuator and the readiness probe use
 * (PostgreSQL "db", "diskSpace", "redis", "aiProvider", and any a later module adds), timing each, and keeps the
 * last failure per check on this instance.
 */
@Service
public class HealthService {

    private final HealthContributorRegistry registry;
    private final Set<String> readiness;
    private final Clock clock;
    private final Map<String, Failure> lastFailures = new ConcurrentHashMap<>();

    private record Failure(String message, Instant at) {
    }

    HealthService(HealthContributorRegistry registry, Environment environment, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.readiness = Arrays.stream(environment.getProperty("management.endpoint.health.group.readiness.include", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** Runs every check now, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<HealthCheck> checks() {
        var checks = new ArrayList<HealthCheck>();
        registry.stream().forEach(entry -> collect(entry.name(), entry.contributor(), checks));
        checks.sort(java.util.Comparator.comparing(HealthCheck::name));
        return checks;
    }

    private void collect(String name, HealthContributor contributor, List<HealthCheck> checks) {
        if (contributor instanceof CompositeHealthContributor composite) {
            composite.stream().forEach(child -> collect(name + "/" + child.name(), child.contributor(), checks));
            return;
        }
        if (!(contributor instanceof HealthIndicator indicator)) {
            return;
        }
        long started = System.nanoTime();
        String status;
        String detail;
        try {
            var health = indicator.health(true);
            status = health.getStatus().getCode();
            detail = health.getDetails().entrySet().stream().filter(e -> !e.getKey().toLowerCase(java.util.Locale.ROOT).contains("password"))
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        } catch (RuntimeException e) {
            status = "DOWN";
            detail = e.toString();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!"UP".equals(status) && !"UNKNOWN".equals(status)) {
            lastFailures.put(name, new Failure(status + (detail.isEmpty() ? "" : ": " + detail), clock.instant()));
        }
        var failure = lastFailures.get(name);
        checks.add(new HealthCheck(name, status, millis, detail, readiness.contains(name.split("/")[0]),
                failure == null ? null : failure.message(), failure == null ? null : failure.at()));
    }
}
