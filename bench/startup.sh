#!/usr/bin/env bash
# Startup figures of the production jar (issue 2): time from launch to /readyz 200, RSS once ready, jar size.
# Usage: bench/startup.sh [runs]   (builds the production jar if missing; needs a PostgreSQL:
#        DATABASE_URL, default jdbc:postgresql://127.0.0.1:5432/helmsman_bench, created if absent)
# Prints one line per run and per mode: plain `java -jar`, and the extracted jar with a JDK 25 AOT cache
# (what the container image runs, see docs/adr/0004-startup.md).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$java_home/bin/java"
jar=target/helmsman-0.1.0-SNAPSHOT.jar
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/helmsman_bench}
export DATABASE_USERNAME=${DATABASE_USERNAME:-postgres}
export SPRING_PROFILES_ACTIVE=prod
export SERVER_PORT=${SERVER_PORT:-18080} MANAGEMENT_SERVER_PORT=${MANAGEMENT_SERVER_PORT:-18081}
export HELMSMAN_BASE_URL=http://localhost:$SERVER_PORT
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxRAM=1g -XX:MaxRAMPercentage=60 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m)

[ -f "$jar" ] || ./mvnw -B -q -Dproduction -Dmaven.test.skip=true package
if [[ "$DATABASE_URL" == *127.0.0.1:5432/helmsman_bench* ]] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname='helmsman_bench'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -c "create database helmsman_bench" >/dev/null
fi

measure() { # mode, command...
  local mode=$1; shift
  local start end pid rss
  start=$(date +%s%N)
  "$@" >"target/bench-startup-$mode.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$SERVER_PORT/readyz" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "$mode: the app exited, see target/bench-startup-$mode.log"; return 1; }
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-10s ready in %5d ms   RSS %4d MiB\n' "$mode" $(((end - start) / 1000000)) "$rss"
}

echo "jar: $(du -m "$jar" | cut -f1) MiB; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for _ in $(seq "$runs"); do measure plain "$java" "${jvm_flags[@]}" -jar "$jar"; done

# Extracted layout + AOT cache (JEP 483/514): one training run that stops after the context refresh.
rm -rf target/aot && "$java" -Djarmode=tools -jar "$jar" extract --destination target/aot >/dev/null
(cd target/aot && "$java" "${jvm_flags[@]}" -XX:AOTCacheOutput=helmsman.aot -Dspring.context.exit=onRefresh -jar helmsman-0.1.0-SNAPSHOT.jar >../bench-aot-training.log 2>&1)
for _ in $(seq "$runs"); do measure aot "$java" "${jvm_flags[@]}" -XX:AOTCache=target/aot/helmsman.aot -jar target/aot/helmsman-0.1.0-SNAPSHOT.jar; done
