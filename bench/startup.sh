#!/usr/bin/env bash
# Start-up figures of the production jar (issue 2): time from launch to /readyz 200, RSS once ready,
# jar size. It lays the jar out as the image does (Spring Boot layers extracted: helmsman.jar + lib/),
# trains the JDK AOT cache with the image's own script and flags (docker/app/), then starts it:
#   image     as the image's ENTRYPOINT runs it: java @jvm.options -XX:AOTCache=... -jar helmsman.jar
#   no-cache  the same without the AOT cache
# -XX:MaxRAM=2g stands in for the pod's 2 GiB memory limit (the JVM reads the limit in a container).
# Usage: bench/startup.sh [runs]   (builds the production jar if missing: ./mvnw -Dproduction package;
#        needs a PostgreSQL: DATABASE_URL, default jdbc:postgresql://127.0.0.1:5432/helmsman_bench,
#        created if absent). See docs/adr/0008-start-up.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
jar=target/helmsman-0.1.0-SNAPSHOT.jar
app=$PWD/target/image-app
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/helmsman_bench}
export DATABASE_USERNAME=${DATABASE_USERNAME:-postgres}
export SPRING_PROFILES_ACTIVE=prod HELMSMAN_REMEMBER_ME_KEY=bench-only-not-a-secret
export HELMSMAN_ENCRYPTION_KEY="${HELMSMAN_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}"
export SERVER_PORT=${SERVER_PORT:-18080} MANAGEMENT_SERVER_PORT=${MANAGEMENT_SERVER_PORT:-18081}
export HELMSMAN_BASE_URL=http://localhost:$SERVER_PORT

[ -f "$jar" ] || ./mvnw -B -q -Dproduction -Dmaven.test.skip=true package
if [[ "$DATABASE_URL" == *127.0.0.1:5432/helmsman_bench* ]] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname='helmsman_bench'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -c "create database helmsman_bench" >/dev/null
fi

# The image's layout: every layer extracted into one folder, plus jvm.options and the health check.
rm -rf "$app" target/image-layers && mkdir -p "$app/healthcheck"
cp "$jar" target/helmsman.jar
java -Djarmode=tools -jar target/helmsman.jar extract --layers --destination target/image-layers >/dev/null
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  [ -d "target/image-layers/$layer" ] && cp -a "target/image-layers/$layer/." "$app/"
done
cp docker/app/jvm.options "$app/"
javac --release 25 -d "$app/healthcheck" docker/healthcheck/HealthCheck.java
AOT_TRAINING_DATABASE_URL=$DATABASE_URL AOT_TRAINING_DATABASE_USERNAME=$DATABASE_USERNAME \
  docker/app/train-aot-cache.sh "$app" >target/bench-aot-training.log 2>&1 ||
  {
    cat target/bench-aot-training.log
    exit 1
  }

measure() { # mode, java arguments...
  local mode=$1
  shift
  local start end pid rss cpu
  start=$(date +%s%N)
  java "$@" >"target/bench-startup-$mode.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$SERVER_PORT/readyz" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || {
      echo "$mode: the app exited, see target/bench-startup-$mode.log"
      return 1
    }
  done
  end=$(date +%s%N)
  cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat")
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  if grep -q '\[aot\].*\(error\|mismatch\|Unable\)' "target/bench-startup-$mode.log"; then
    echo "$mode: the JVM could not use the AOT cache, see target/bench-startup-$mode.log"
    return 1
  fi
  printf '%-9s ready in %5d ms   CPU %5d ms   RSS %4d MiB\n' "$mode" $(((end - start) / 1000000)) "$cpu" "$rss"
}

echo "jar: $(du -m "$jar" | cut -f1) MiB; AOT cache: $(du -m "$app/helmsman.aot" | cut -f1) MiB;" \
  "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for _ in $(seq "$runs"); do
  measure image @"$app/jvm.options" -XX:MaxRAM=2g -XX:AOTCache="$app/helmsman.aot" -jar "$app/helmsman.jar"
done
for _ in $(seq "$runs"); do
  measure no-cache @"$app/jvm.options" -XX:MaxRAM=2g -jar "$app/helmsman.jar"
done
