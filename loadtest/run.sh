#!/usr/bin/env bash
# Helmsman load driver (issue 12): starts the app (prod profile) on 127.0.0.1 against a throw-away database on the
# local PostgreSQL, seeds the data set, runs the UIDL driver (src/test/java/app/helmsman/loadtest) and prints a
# Markdown table. Loopback only; bounded in time; kills the app and drops the database at the end.
# Usage: loadtest/run.sh [--sessions 300] [--people 300] [--duration 60] [--think 5] [--ramp 30] [--scenario mixed|navigate]
#        [--anonymous 500 (sign-in page visits measured first)] [--warm 200]
#        [--window 180 (soak: a row per window with p95 and heap after GC)] [--histogram target/h.txt (class histogram at the end)]
# Env: MVN (default ./mvnw), DATABASE_URL (default jdbc:postgresql://127.0.0.1:5432/helmsman_loadtest, dropped and created),
#      JAVA_OPTS (default -Xmx2g), SERVER_PORT (18190), MANAGEMENT_SERVER_PORT (18191), LOADTEST_REBUILD=1 to rebuild,
#      LOADTEST_CLASSES (default target/test-classes: where the driver's compiled classes are).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
mvn=${MVN:-./mvnw}
jar=target/helmsman-0.1.0-SNAPSHOT.jar
cp_file=target/loadtest-classpath.txt
classes=${LOADTEST_CLASSES:-target/test-classes}
db_name=helmsman_loadtest
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/$db_name}
export DATABASE_USERNAME=${DATABASE_USERNAME:-postgres}
export SPRING_PROFILES_ACTIVE=prod HELMSMAN_REMEMBER_ME_KEY=loadtest-only-not-a-secret
export HELMSMAN_ENCRYPTION_KEY="${HELMSMAN_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}"
export SERVER_PORT=${SERVER_PORT:-18190} MANAGEMENT_SERVER_PORT=${MANAGEMENT_SERVER_PORT:-18191}
export SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_ADDRESS=127.0.0.1
export HELMSMAN_BASE_URL=http://127.0.0.1:$SERVER_PORT

# Defaults, overridable by the arguments (passed on to the driver as they are).
declare -A opt=([sessions]=300 [duration]=60 [think]=5 [ramp]=30 [scenario]=mixed [anonymous]=500)
args=("$@")
for ((i = 0; i + 1 < ${#args[@]}; i += 2)); do opt[${args[i]#--}]=${args[i+1]}; done
: "${opt[people]:=${opt[sessions]}}"

# What it needs: the production jar (or the compiled classes) and the test classes with their classpath.
if [ "${LOADTEST_REBUILD:-}" = 1 ] || [ ! -f "$cp_file" ] || [ ! -d "$classes/app/helmsman/loadtest" ]; then
  $mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
fi
if [ -f "$jar" ]; then app=(-jar "$jar"); else app=(-cp "target/classes:$(cat "$cp_file")" app.helmsman.Application); fi

if [[ "$DATABASE_URL" == *127.0.0.1:5432/$db_name* ]]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db_name" -c "create database $db_name" >/dev/null
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log=target/loadtest-app-$stamp.log
mkdir -p target
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} "${app[@]}" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [[ "$DATABASE_URL" == *127.0.0.1:5432/$db_name* ]]; then
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db_name" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
for _ in $(seq 180); do
  curl -fsS "http://127.0.0.1:$SERVER_PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$SERVER_PORT/readyz" >/dev/null

out=target/loadtest-$stamp.md
budget=$(( ${opt[duration]} + ${opt[ramp]} + 900 ))
echo "app pid $pid ($(date -u +%FT%TZ)); load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)" >&2
driver_args=()
for key in "${!opt[@]}"; do driver_args+=("--$key" "${opt[$key]}"); done
timeout "$budget" java -cp "$classes:target/classes:$(cat "$cp_file")" app.helmsman.loadtest.LoadDriver \
  "${driver_args[@]}" --url "http://127.0.0.1:$SERVER_PORT" --management-url "http://127.0.0.1:$MANAGEMENT_SERVER_PORT" \
  --pid "$pid" --seed-jdbc "$DATABASE_URL" --seed-user "$DATABASE_USERNAME" | tee "$out"
status=${PIPESTATUS[0]}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); table saved in $out, the app's log in $log" >&2
exit "$status"
