#!/usr/bin/env bash
# Builds the Helmsman image from ./Dockerfile without a Docker daemon (buildah), and optionally
# runs it (podman) and probes it: /livez and /readyz on 8080, /actuator/prometheus on 8081 only,
# UID 1001, tini as PID 1, read-only root filesystem, graceful stop on SIGTERM.
#
# No registry is reachable on the build machines, so the two base images named in the
# Dockerfile's FROM lines are made locally (debootstrap'd Debian bookworm + Temurin 25 from this
# machine: the full JDK for the build stage, a jlink'ed JRE for the runtime stage) and tagged
# with those exact names. In CI with registry access, `docker build .` uses the real ones.
#
# Usage: scripts/build-image.sh [--context DIR] [--tag NAME] [--smoke] [--scrape-out FILE] [--dockerfile F]
#   --context DIR     build context holding mvnw, .mvn, pom.xml and src/ (default: repo root)
#   --tag NAME        image name (default: localhost/helmsman:test)
#   --smoke           run the image against a throw-away PostgreSQL cluster and probe it
#   --scrape-out FILE keep the /actuator/prometheus body of the smoke run in FILE
#   --dockerfile F    build F instead of ./Dockerfile (experiments; its FROM lines must match)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$ROOT/scripts/lib/common.sh"

CONTEXT="$ROOT"
TAG="localhost/helmsman:test"
SMOKE=false
SCRAPE_OUT=""
DOCKERFILE="$ROOT/Dockerfile"
while [ $# -gt 0 ]; do
  case "$1" in
    --context) CONTEXT="$(cd "$2" && pwd)" && shift 2 ;;
    --tag) TAG="$2" && shift 2 ;;
    --smoke) SMOKE=true && shift ;;
    --scrape-out) SCRAPE_OUT="$2" && shift 2 ;;
    --dockerfile) DOCKERFILE="$(realpath "$2")" && shift 2 ;;
    -h | --help) sed -n '2,18p' "$0" && exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done

BUILD_BASE="$(sed -n 's/^FROM \([^ ]*\) AS build$/\1/p' "$DOCKERFILE")"
RUNTIME_BASE="$(sed -n 's/^FROM \([^ ]*\) AS runtime$/\1/p' "$DOCKERFILE")"
if [ -z "$BUILD_BASE" ] || [ -z "$RUNTIME_BASE" ]; then
  die "Dockerfile must have 'FROM x AS build' and 'FROM y AS runtime'"
fi
STANDIN_VERSION=3
PODMAN=(podman --storage-driver vfs --cgroup-manager cgroupfs --runtime runc)
BUILDAH=(buildah --storage-driver vfs)

apt_ensure buildah:buildah podman:podman runc:runc debootstrap:debootstrap curl:curl
JDK="$(java25_home)" || die "no JDK 25 found (JAVA_HOME or /usr/lib/jvm/*25*)"

image_exists() { "${PODMAN[@]}" image exists "$1" 2>/dev/null; }
standin_current() {
  image_exists "$1" &&
    [ "$("${PODMAN[@]}" image inspect --format '{{ index .Labels "helmsman.standin" }}' "$1" 2>/dev/null)" = "$STANDIN_VERSION" ]
}

make_rootfs() {
  local dir="$HELMSMAN_TOOLS_DIR/base"
  if [ ! -f "$dir/rootfs.ok" ]; then
    log "debootstrap bookworm (minbase) into $dir/rootfs (about a minute)"
    rm -rf "$dir/rootfs" && mkdir -p "$dir"
    debootstrap --variant=minbase bookworm "$dir/rootfs" http://deb.debian.org/debian >"$dir/debootstrap.log" 2>&1 ||
      die "debootstrap failed: $dir/debootstrap.log"
    rm -rf "$dir/rootfs/var/cache/apt/archives/"*.deb
    touch "$dir/rootfs.ok"
  fi
  printf '%s\n' "$dir/rootfs"
}

# make_standin NAME JAVA_DIR: rootfs + JAVA_DIR at /opt/java/openjdk, tagged NAME.
make_standin() {
  local name="$1" java_dir="$2" rootfs work
  rootfs="$(make_rootfs)"
  work="$(mktemp -d)"
  log "making stand-in base image $name"
  cp -a "$rootfs" "$work/rootfs"
  mkdir -p "$work/rootfs/opt/java"
  cp -a "$java_dir" "$work/rootfs/opt/java/openjdk"
  # Debian's Temurin links cacerts to /etc/ssl/certs/java/cacerts, which the base lacks.
  if [ -L "$work/rootfs/opt/java/openjdk/lib/security/cacerts" ]; then
    rm "$work/rootfs/opt/java/openjdk/lib/security/cacerts"
    cp -L "$java_dir/lib/security/cacerts" "$work/rootfs/opt/java/openjdk/lib/security/cacerts"
  fi
  tar -C "$work/rootfs" -cf "$work/rootfs.tar" .
  "${PODMAN[@]}" rmi -f "$name" >/dev/null 2>&1 || true
  "${PODMAN[@]}" import \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL helmsman.standin=$STANDIN_VERSION" \
    --change 'CMD ["/bin/sh"]' \
    "$work/rootfs.tar" "$name" >/dev/null
  rm -rf "$work"
}

if ! standin_current "$BUILD_BASE"; then
  make_standin "$BUILD_BASE" "$JDK"
fi
if ! standin_current "$RUNTIME_BASE"; then
  jre="$(mktemp -d)/jre"
  modules="$("$JDK/bin/java" --list-modules | sed 's/@.*//' |
    grep -v -E '^jdk\.(compiler|javadoc|jdeps|jlink|jshell|jartool|jpackage|jconsole|hotspot\.agent|editpad|internal\.ed|internal\.le|internal\.opt|jdi|jstatd|jdwp\.agent|jcmd|jsobject|incubator\..*)$' |
    paste -sd, -)"
  "$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=zip-6 --output "$jre" >/dev/null
  make_standin "$RUNTIME_BASE" "$jre"
  rm -rf "$(dirname "$jre")"
fi

# The build stage runs the Maven wrapper; share this machine's repository so that it does not
# download the world again.
M2="${HOME:-/root}/.m2"
mkdir -p "$M2"
if [ ! -f "$CONTEXT/pom.xml" ] || [ ! -d "$CONTEXT/src/main" ]; then
  die "$CONTEXT has no pom.xml + src/main to build"
fi
if [ "$CONTEXT" != "$ROOT" ]; then
  cp "$ROOT/.dockerignore" "$CONTEXT/"
  mkdir -p "$CONTEXT/docker/healthcheck"
  cp "$ROOT/docker/healthcheck/HealthCheck.java" "$CONTEXT/docker/healthcheck/"
  mkdir -p "$CONTEXT/docker/app"
  cp "$ROOT/docker/app/jvm.options" "$ROOT/docker/app/train-aot-cache.sh" "$CONTEXT/docker/app/"
fi
log "buildah bud $TAG (context $CONTEXT)"
start=$(date +%s)
"${BUILDAH[@]}" bud --isolation chroot --pull=never --format docker --layers --network host \
  --volume "$M2:/root/.m2" -f "$DOCKERFILE" -t "$TAG" "$CONTEXT" >&2
log "image built in $(($(date +%s) - start)) s: $("${PODMAN[@]}" image inspect --format '{{.Size}}' "$TAG") bytes"

$SMOKE || exit 0

# ------------------------------------------------------------------ smoke run
# A throw-away PostgreSQL cluster on a private port (the container shares the host network).
apt_ensure runuser:util-linux
private_pg_init || die "could not start a private PostgreSQL cluster"
log "PostgreSQL on 127.0.0.1:$PRIVATE_PG_PORT"

HTTP_PORT=8080
MGMT_PORT=8081
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/8081) 2>/dev/null; then
  HTTP_PORT="$(free_port)"
  MGMT_PORT="$(free_port)"
  log "8080/8081 busy: using $HTTP_PORT/$MGMT_PORT"
fi
NAME="helmsman-image-smoke-$$"
cleanup() {
  "${PODMAN[@]}" rm -f "$NAME" >/dev/null 2>&1 || true
  private_pg_ctl destroy
}
trap cleanup EXIT

log "podman run $TAG (read-only root, /tmp tmpfs, host network on 127.0.0.1:$HTTP_PORT/$MGMT_PORT)"
"${PODMAN[@]}" run -d --name "$NAME" --network host --read-only --tmpfs /tmp:rw,size=512m \
  --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 --memory 2g \
  --health-cmd "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx16m -cp /app/healthcheck HealthCheck http://127.0.0.1:$HTTP_PORT/livez" \
  -e SERVER_PORT="$HTTP_PORT" -e MANAGEMENT_SERVER_PORT="$MGMT_PORT" \
  -e SERVER_ADDRESS=127.0.0.1 -e MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
  -e DATABASE_URL="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/helmsman" -e DATABASE_USERNAME=helmsman \
  -e DATABASE_PASSWORD=unused-trust-auth -e HELMSMAN_BASE_URL="http://127.0.0.1:$HTTP_PORT" \
  -e HELMSMAN_REMEMBER_ME_KEY="image-smoke-remember-me-key-$(date +%s%N)" \
  -e HELMSMAN_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n')" \
  "$TAG" >/dev/null

fail=0
failed_checks=()
check() {
  if "$@"; then log "ok: ${CHECK_NAME}"; else
    log "FAIL: ${CHECK_NAME}"
    failed_checks+=("${CHECK_NAME}")
    fail=1
  fi
}
# A check that may meet a machine still busy (a JVM started inside the container): three tries.
retried() {
  local try
  for try in 1 2 3; do
    "$@" && return 0
    log "try $try of 3 failed: $*"
    sleep 2
  done
  return 1
}
start=$(date +%s)
CHECK_NAME="GET /livez on $HTTP_PORT answers 200"
check wait_http "http://127.0.0.1:$HTTP_PORT/livez" 240
log "app answered /livez after $(($(date +%s) - start)) s"
log "app log: $("${PODMAN[@]}" logs "$NAME" 2>&1 | grep -o 'Started Application in [0-9.]* seconds[^"]*' | head -n 1)"
CHECK_NAME="GET /readyz on $HTTP_PORT answers 200 (PostgreSQL reachable)"
check wait_http "http://127.0.0.1:$HTTP_PORT/readyz" 60
CHECK_NAME="GET /actuator/prometheus on $MGMT_PORT answers 200"
check wait_http "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" 30
# Vaadin answers unknown paths with its bootstrap page (200): look at the body, not the status.
metrics_not_on_main_port() { ! curl -s --max-time 10 "http://127.0.0.1:$HTTP_PORT/actuator/prometheus" | grep -q '^# TYPE '; }
CHECK_NAME="/actuator/prometheus is NOT served on the main port"
check metrics_not_on_main_port
if [ -n "$SCRAPE_OUT" ]; then
  curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" >"$SCRAPE_OUT" || true
fi
# shellcheck disable=SC2016 # expanded inside the container
runs_as_1001() { [ "$("${PODMAN[@]}" exec "$NAME" sh -c 'echo "$(id -u):$(id -g)"')" = "1001:1001" ]; }
pid1_is_tini() { "${PODMAN[@]}" exec "$NAME" cat /proc/1/cmdline | tr '\0' ' ' | grep -q '^/sbin/tini -- java'; }
root_is_read_only() { ! "${PODMAN[@]}" exec "$NAME" sh -c 'touch /app/x' 2>/dev/null; }
healthcheck_on_livez() {
  "${PODMAN[@]}" image inspect --format '{{json .Config.Healthcheck}}' "$TAG" | grep -q '8080/livez'
}
# The JVM warns (and starts without it) when the AOT cache does not match the JVM, flags or class path.
aot_cache_used() { ! "${PODMAN[@]}" logs "$NAME" 2>&1 | grep -q '\[aot\].*\(warning\|error\)'; }
CHECK_NAME="the JVM uses the image's AOT cache (no [aot] warning in the log)"
check aot_cache_used
# Says what it got when it fails (a status and the start of the body), so that a failure names itself in CI's tail.
# The sign-in page is server-rendered (ADR 0030); on this fresh database it sends everyone to /setup, a Vaadin page.
sign_in_page() {
  local answer status
  answer=$(curl -sL --max-redirs 3 --max-time 10 -w '\n%{http_code}' "http://127.0.0.1:$HTTP_PORT/login") || {
    log "GET /login: no answer"
    return 1
  }
  status=${answer##*$'\n'}
  [ "$status" = 200 ] && grep -q '<html' <<<"$answer" && grep -qi 'vaadin' <<<"$answer" && return 0
  log "GET /login answered $status: $(head -c 300 <<<"$answer" | tr '\n' ' ')"
  return 1
}
CHECK_NAME="GET /login leads to the Vaadin setup page on a fresh database (Spring AOT bean definitions work)"
check retried sign_in_page
CHECK_NAME="process runs as UID/GID 1001"
check runs_as_1001
CHECK_NAME="PID 1 is tini"
check pid1_is_tini
CHECK_NAME="root filesystem is read-only"
check root_is_read_only
CHECK_NAME="image HEALTHCHECK is defined on /livez"
check healthcheck_on_livez
CHECK_NAME="health check passes (podman healthcheck run)"
check retried "${PODMAN[@]}" healthcheck run "$NAME"
CHECK_NAME="SIGTERM stops the JVM gracefully (exit 143, not killed)"
stop_start=$(date +%s)
"${PODMAN[@]}" stop -t 45 "$NAME" >/dev/null
code="$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$NAME")"
log "stopped in $(($(date +%s) - stop_start)) s with exit code $code"
check test "$code" = 143
if [ "$fail" -ne 0 ]; then
  log "container log (last 60 lines):"
  "${PODMAN[@]}" logs "$NAME" 2>&1 | tail -n 60 >&2
  # Last, so that a caller showing only the tail of this output still sees which checks failed.
  for name in "${failed_checks[@]}"; do log "failed check: $name"; done
  exit 1
fi
log "image smoke test passed"
