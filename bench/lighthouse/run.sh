#!/usr/bin/env bash
# Lighthouse figures of the production jar (issue 17, "Fast on a phone"): mobile preset (Moto G Power, slow 4G,
# 4x CPU slowdown), Debian's Chromium, on /login (signed out, cold) and Today (signed in).
# Usage: bench/lighthouse/run.sh   (builds the production jar if missing: ./mvnw -Dproduction package;
#        needs a PostgreSQL: DATABASE_URL, default jdbc:postgresql://127.0.0.1:5432/helmsman_lighthouse, dropped and
#        created afresh; installs lighthouse from the npm registry into $LH_DIR, default /tmp/helmsman-lighthouse).
# Measure on an idle machine: the script prints the load average next to the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
jar=target/helmsman-0.1.0-SNAPSHOT.jar
lh=${LH_DIR:-/tmp/helmsman-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/helmsman_lighthouse}
export DATABASE_USERNAME=${DATABASE_USERNAME:-postgres}
export SPRING_PROFILES_ACTIVE=prod HELMSMAN_REMEMBER_ME_KEY=lighthouse-only-not-a-secret
export HELMSMAN_ENCRYPTION_KEY="${HELMSMAN_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}"
export SERVER_PORT=${SERVER_PORT:-18090} MANAGEMENT_SERVER_PORT=${MANAGEMENT_SERVER_PORT:-18091}
export HELMSMAN_BASE_URL=http://localhost:$SERVER_PORT

# APP_CLASSPATH runs the compiled classes instead of the jar (same pre-compiled frontend bundle; no Spring AOT).
[ -n "${APP_CLASSPATH:-}" ] || [ -f "$jar" ] || ./mvnw -B -q -Dproduction -Dmaven.test.skip=true package
if [[ "$DATABASE_URL" == *127.0.0.1:5432/helmsman_lighthouse* ]]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists helmsman_lighthouse" -c "create database helmsman_lighthouse" >/dev/null
fi
# 12.2.3: Lighthouse 13 needs Node 22
if [ ! -d "$lh/node_modules/lighthouse" ]; then
  mkdir -p "$lh" && (cd "$lh" && npm init -y >/dev/null && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi
cp bench/lighthouse/measure.mjs "$lh/"

log=$(mktemp)
if [ -n "${APP_CLASSPATH:-}" ]; then
  java -XX:MaxRAM=2g -cp "$APP_CLASSPATH" app.helmsman.Application >"$log" 2>&1 &
else
  java -XX:MaxRAM=2g -jar "$jar" >"$log" 2>&1 &
fi
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -fsS "http://localhost:$SERVER_PORT/readyz" >/dev/null 2>&1 && break
  sleep 1
done
token=$(grep -o 'setup token: [A-Za-z0-9_-]*' "$log" | head -1 | cut -d' ' -f3)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs), $(date -u +%FT%TZ), $($CHROME_PATH --version 2>/dev/null | head -1)"
(cd "$lh" && OUT_DIR="$OLDPWD/target" node measure.mjs "http://localhost:$SERVER_PORT" lighthouse@example.com 'Calm-harbour-2026-bench' "$token")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
