#!/bin/sh
# Trains the JDK 25 AOT cache (JEP 483/514) of the Helmsman image: starts the app once against a
# PostgreSQL, waits for /readyz, opens the sign-in pages, stops it with SIGTERM; the JVM writes the
# cache as it exits. The cache holds the classes loaded and linked, and method profiles, of that run.
#
# Usage: train-aot-cache.sh APP_DIR
#   APP_DIR holds helmsman.jar, lib/, jvm.options and healthcheck/HealthCheck.class; the cache is
#   written to APP_DIR/helmsman.aot and is valid only for the same java binary and the same APP_DIR.
# With AOT_TRAINING_DATABASE_URL (and AOT_TRAINING_DATABASE_USERNAME) it uses that database
# (bench/startup.sh); without, it installs PostgreSQL with apt, uses a throw-away cluster and purges
# every package it installed again (the image build, docs/adr/0008-start-up.md).
set -eu
app=$(cd "$1" && pwd)
port=${AOT_TRAINING_PORT:-18089}
work=$(mktemp -d)
added=""

if [ -z "${AOT_TRAINING_DATABASE_URL:-}" ]; then
  export DEBIAN_FRONTEND=noninteractive
  dpkg-query -W -f '${Package}\n' | sort >"$work/before"
  mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  dpkg-query -W -f '${Package}\n' | sort >"$work/after"
  added=$(comm -13 "$work/before" "$work/after" | tr '\n' ' ')
  bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
  chown postgres "$work"
  runuser -u postgres -- "$bin/initdb" -D "$work/db" -A trust -U helmsman >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/db" -l "$work/db.log" -w \
    -o "-p 55439 -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  AOT_TRAINING_DATABASE_URL=jdbc:postgresql://127.0.0.1:55439/postgres
  AOT_TRAINING_DATABASE_USERNAME=helmsman
fi

get() { java -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$app/healthcheck" HealthCheck "http://127.0.0.1:$port$1" 2>/dev/null; }

cd "$app"
rm -f helmsman.aot
# MaxRAM: size the heap as in a 2 GiB pod (the build has no memory limit).
env SPRING_PROFILES_ACTIVE=prod DATABASE_URL="$AOT_TRAINING_DATABASE_URL" \
  DATABASE_USERNAME="${AOT_TRAINING_DATABASE_USERNAME:-helmsman}" DATABASE_PASSWORD=unused \
  SERVER_PORT="$port" MANAGEMENT_SERVER_PORT=$((port + 1)) SERVER_ADDRESS=127.0.0.1 \
  MANAGEMENT_SERVER_ADDRESS=127.0.0.1 HELMSMAN_BASE_URL="http://127.0.0.1:$port" \
  HELMSMAN_REMEMBER_ME_KEY=aot-training-only-not-a-secret \
  HELMSMAN_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n')" \
  java @"$app/jvm.options" -XX:MaxRAM=2g -XX:AOTCacheOutput="$app/helmsman.aot" -jar "$app/helmsman.jar" \
  >"$work/app.log" 2>&1 &
pid=$!
tries=0
until get /readyz; do
  tries=$((tries + 1))
  if [ "$tries" -gt 240 ] || ! kill -0 "$pid" 2>/dev/null; then
    tail -n 40 "$work/app.log" >&2
    echo "train-aot-cache: the app did not become ready" >&2
    exit 1
  fi
  sleep 1
done
for path in /login /signup /setup /livez /readyz /login; do get "$path" || true; done
java -XX:TieredStopAtLevel=1 -cp "$app/healthcheck" HealthCheck "http://127.0.0.1:$((port + 1))/actuator/prometheus" || true
kill -TERM "$pid"
wait "$pid" || true

if [ -n "$added" ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/db" -m fast -w stop >/dev/null
  # shellcheck disable=SC2086 # one word per package
  apt-get purge -y -qq $added >/dev/null
  rm -rf /var/lib/apt/lists/* /var/lib/postgresql /etc/postgresql /etc/postgresql-common /var/log/postgresql
  userdel postgres 2>/dev/null || true
fi
if [ ! -s "$app/helmsman.aot" ]; then
  tail -n 40 "$work/app.log" >&2
  echo "train-aot-cache: no AOT cache was written" >&2
  exit 1
fi
rm -rf "$work"
echo "train-aot-cache: $(du -m "$app/helmsman.aot" | cut -f1) MiB AOT cache written"
