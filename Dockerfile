# Helmsman production image (docs/deployment.md#image, docs/adr/0100-container-image.md).
#
# Stage 1 builds the production jar with the Maven wrapper (Vaadin pre-compiled bundle: no Node;
# Spring AOT), extracts it by Spring Boot's layers, and compiles a tiny HTTP health check.
# Stage 2 is a JRE 25 with tini as PID 1, running as UID/GID 1001 with a read-only root filesystem
# in mind: the app writes only to /tmp (an emptyDir in Kubernetes). It trains a JDK AOT cache with
# the same java binary and flags it runs with (docs/adr/0008-start-up.md).
#
# scripts/build-image.sh builds this file unchanged, daemonless (buildah), from locally made
# stand-ins tagged with the exact FROM names below.
FROM docker.io/library/eclipse-temurin:25-jdk-noble AS build
# tini-static runs on any libc (the runtime stage may be Alpine/musl).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /workspace
# Dependencies first, so that source-only changes reuse this layer.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Dproduction dependency:go-offline || true
COPY src src
RUN ./mvnw -B -Dproduction -Dmaven.test.skip=true package \
    && mkdir -p /layers \
    && cp target/helmsman-*.jar /layers/helmsman.jar \
    && java -Djarmode=tools -jar /layers/helmsman.jar extract --layers --destination /layers/extracted
COPY docker/healthcheck/HealthCheck.java /healthcheck/
RUN javac --release 25 -d /healthcheck /healthcheck/HealthCheck.java

# Ubuntu (glibc, apt) rather than Alpine: the AOT-cache training below installs a throw-away
# PostgreSQL with apt, as the local stand-in base (Debian) does too.
FROM docker.io/library/eclipse-temurin:25-jre-noble AS runtime
LABEL org.opencontainers.image.title="Helmsman" \
      org.opencontainers.image.description="ADHD-friendly task manager (Spring Boot + Vaadin)" \
      org.opencontainers.image.source="https://github.com/helmsman-app/helmsman" \
      org.opencontainers.image.licenses="Apache-2.0"
# A named user with a fixed UID/GID 1001 (no useradd/adduser: works on Debian and Alpine bases).
RUN echo 'helmsman:x:1001:1001:Helmsman:/tmp:/sbin/nologin' >> /etc/passwd \
    && echo 'helmsman:x:1001:' >> /etc/group \
    && mkdir -p /app \
    && chmod 1777 /tmp
COPY --from=build /usr/bin/tini-static /sbin/tini
COPY --from=build /healthcheck/HealthCheck.class /app/healthcheck/
WORKDIR /app
# Spring Boot layers, least to most often changed.
COPY --from=build /layers/extracted/dependencies/ ./
COPY --from=build /layers/extracted/spring-boot-loader/ ./
COPY --from=build /layers/extracted/snapshot-dependencies/ ./
COPY --from=build /layers/extracted/application/ ./
COPY docker/app/jvm.options docker/app/train-aot-cache.sh /app/
# One start against a throw-away PostgreSQL writes /app/helmsman.aot (about 150 MiB); PostgreSQL is
# purged again in the same layer. Start-up with the cache is about a third of that without.
RUN /app/train-aot-cache.sh /app && rm /app/train-aot-cache.sh
ENV HOME=/tmp \
    SPRING_PROFILES_ACTIVE=prod \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081 \
    JAVA_TOOL_OPTIONS=""
USER 1001:1001
EXPOSE 8080 8081
# No --start-period: dockerfilelint 1.8.0 rejects it (its option regex stops at the hyphen); five
# retries at 30 s give a cold start 150 s before the container is marked unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --retries=5 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-Xshare:auto", "-cp", "/app/healthcheck", "HealthCheck", "http://127.0.0.1:8080/livez"]
# JVM flags are in /app/jvm.options (container-aware heap of 70 % of the limit, G1, exit on OOM,
# heap dumps and temp files in /tmp, Spring AOT), shared with the AOT-cache training.
# JAVA_TOOL_OPTIONS adds flags without rebuilding (flags that change class loading make the JVM
# skip the cache with a warning and start slower). tini forwards SIGTERM to the JVM (graceful
# shutdown, 30 s) and reaps zombies.
ENTRYPOINT ["/sbin/tini", "--", "java", "@/app/jvm.options", "-XX:AOTCache=/app/helmsman.aot", \
    "-jar", "/app/helmsman.jar"]
