#!/usr/bin/env bash
# The database metrics for real: a throw-away primary (pg_stat_statements preloaded, as CloudNativePG
# does when the Cluster sets pg_stat_statements.*) and a streaming standby made by pg_basebackup, some
# work on the primary, then Debian's prometheus-postgres-exporter on each instance with the queries of
# k8s/components/cloudnative-pg/monitoring-queries.yaml (the ConfigMap the Cluster names in
# spec.monitoring.customQueriesConfigMap). The CloudNativePG instance manager runs the same file and
# prefixes every name with cnpg_, so the check maps EXPORTER_NAME -> cnpg_EXPORTER_NAME and asserts that
# every cnpg_* metric used by a dashboard or an alert rule is in one of the two scrapes, with values
# that make sense (a standby in recovery, its lag seen from the primary, statements with calls).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$ROOT/scripts/lib/common.sh"

apt_ensure prometheus-postgres-exporter:prometheus-postgres-exporter runuser:util-linux curl:curl
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PGBIN="$(private_pg_bin)"
[ -x "$PGBIN/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
[ -f "$(dirname "$PGBIN")/lib/pg_stat_statements.so" ] || ls /usr/lib/postgresql/*/lib/pg_stat_statements.so >/dev/null 2>&1 ||
  die "pg_stat_statements is missing (Debian: postgresql-contrib / the server package)"
PY=/usr/bin/python3
OUT="${1:-$ROOT/target/infra-checks/postgres-exporter}"
mkdir -p "$OUT"

WORK="$(mktemp -d /tmp/helmsman-pgexp.XXXXXX)"
$SUDO chown postgres: "$WORK"
PRIMARY_PORT="$(free_port)"
STANDBY_PORT="$(free_port)"
PIDS=()
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/standby" -m immediate stop >/dev/null 2>&1 || true
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/primary" -m immediate stop >/dev/null 2>&1 || true
  $SUDO rm -rf "$WORK"
}
trap cleanup EXIT
pg_start() { # pg_start DATADIR PORT
  as_postgres "$PGBIN/pg_ctl" -D "$1" -l "$1.log" -w -t 60 \
    -o "-p $2 -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null
}
sql() { # sql PORT STATEMENT
  as_postgres "$PGBIN/psql" -h "$WORK" -p "$1" -U helmsman -d helmsman -qAtX -v ON_ERROR_STOP=1 -c "$2"
}

log "primary on 127.0.0.1:$PRIMARY_PORT, standby on 127.0.0.1:$STANDBY_PORT ($WORK)"
as_postgres "$PGBIN/initdb" -D "$WORK/primary" -U helmsman --auth=trust >/dev/null
# the Cluster's pg_stat_statements settings (k8s/components/cloudnative-pg/cluster.yaml) and streaming replication
cat <<EOF | as_postgres tee -a "$WORK/primary/postgresql.conf" >/dev/null
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 5000
pg_stat_statements.track = top
wal_level = replica
max_wal_senders = 4
hot_standby = on
EOF
pg_start "$WORK/primary" "$PRIMARY_PORT"
as_postgres "$PGBIN/createdb" -h "$WORK" -p "$PRIMARY_PORT" -U helmsman helmsman
sql "$PRIMARY_PORT" "CREATE EXTENSION pg_stat_statements"
as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U helmsman -D "$WORK/standby" -X stream -R \
  -d "application_name=helmsman-db-2" >/dev/null
pg_start "$WORK/standby" "$STANDBY_PORT"

# some work, so that statements and replayed transactions exist
sql "$PRIMARY_PORT" "CREATE TABLE tasks (id bigserial PRIMARY KEY, title text NOT NULL)"
for i in $(seq 1 20); do
  sql "$PRIMARY_PORT" "INSERT INTO tasks (title) VALUES ('task $i')"
  sql "$PRIMARY_PORT" "SELECT count(*) FROM tasks WHERE title LIKE 'task%'" >/dev/null
done
for _ in $(seq 1 30); do
  [ "$(sql "$STANDBY_PORT" "SELECT count(*) FROM tasks" 2>/dev/null || echo 0)" = 20 ] && break
  sleep 1
done
[ "$(sql "$STANDBY_PORT" "SELECT count(*) FROM tasks")" = 20 ] || die "the standby did not replay the primary's rows"
echo "ok: the standby streams from the primary and replayed 20 rows"

# the queries exactly as the ConfigMap holds them
$PY - "$ROOT/k8s/components/cloudnative-pg/monitoring-queries.yaml" "$OUT/queries.yaml" <<'PYEOF'
import sys, yaml
cm = yaml.safe_load(open(sys.argv[1]))
assert cm["kind"] == "ConfigMap" and "cnpg.io/reload" in cm["metadata"]["labels"], "not a reloadable ConfigMap"
open(sys.argv[2], "w").write(cm["data"]["queries"])
PYEOF
exporter() { # exporter NAME PORT -> scrape in $OUT/NAME.txt
  local port url
  port="$(free_port)"
  url="http://127.0.0.1:$port/metrics"
  DATA_SOURCE_NAME="postgresql://helmsman@127.0.0.1:$2/helmsman?sslmode=disable" \
    prometheus-postgres-exporter --extend.query-path="$OUT/queries.yaml" --disable-default-metrics \
    --disable-settings-metrics --web.listen-address="127.0.0.1:$port" >"$OUT/$1-exporter.log" 2>&1 &
  PIDS+=($!)
  wait_http "$url" 30 || die "postgres_exporter for the $1 did not answer"
  curl -sf "$url" >"$OUT/$1.txt"
  if grep -q 'Error running query\|error running query' "$OUT/$1-exporter.log"; then
    cat "$OUT/$1-exporter.log"
    die "a query failed on the $1"
  fi
  echo "ok: scraped the exporter of the $1 ($(grep -c '^[a-z]' "$OUT/$1.txt") samples)"
}
exporter primary "$PRIMARY_PORT"
exporter standby "$STANDBY_PORT"

value() { # value FILE METRIC_REGEX -> the first sample's value
  grep -E "^$2( |\{)" "$1" | head -n 1 | awk '{print $NF}'
}
rc=0
expect() { # expect DESCRIPTION COMMAND...
  local what="$1"
  shift
  if "$@"; then echo "ok: $what"; else
    echo "FAIL: $what"
    rc=1
  fi
}
P="$OUT/primary.txt"
S="$OUT/standby.txt"
expect "the primary is not in recovery" [ "$(value "$P" helmsman_instance_in_recovery)" = 0 ]
expect "the standby is in recovery" [ "$(value "$S" helmsman_instance_in_recovery)" = 1 ]
expect "the standby's WAL receiver is up" [ "$(value "$S" helmsman_instance_wal_receiver_up)" = 1 ]
expect "the primary sees one streaming standby" [ "$(value "$P" helmsman_instance_streaming_standbys)" = 1 ]
expect "the primary reports the standby's replay lag by name" \
  grep -q '^helmsman_replication_replay_lag_bytes{.*standby="helmsman-db-2"' "$P"
calls="$(grep -E '^helmsman_statements_calls\{.*query="SELECT count\(\*\) FROM tasks WHERE title LIKE' "$P" | awk '{print $NF}')"
expect "the top statements include the repeated SELECT with its 20 calls ($calls)" [ "$calls" = 20 ]
total="$(value "$P" helmsman_statements_all_calls)"
expect "the statement totals count the work ($total)" [ "${total%%[.e]*}" -ge 40 ]

# every cnpg_* metric that a dashboard or rule uses, against the scrapes with the operator's prefix
$PY "$ROOT/scripts/lib/monitoring.py" scrape-names "$OUT/primary.txt" >"$OUT/names.txt"
$PY "$ROOT/scripts/lib/monitoring.py" scrape-names "$OUT/standby.txt" >>"$OUT/names.txt"
sed 's/^/cnpg_/' "$OUT/names.txt" | sort -u >"$OUT/cnpg-names.txt"
n=0
while IFS=$'\t' read -r name where; do
  case "$name" in cnpg_*) ;; *) continue ;; esac
  n=$((n + 1))
  if grep -qx "$name" "$OUT/cnpg-names.txt"; then echo "ok      $name"; else
    echo "MISSING $name  (used by $where; not produced by monitoring-queries.yaml)"
    rc=1
  fi
done < <($PY "$ROOT/scripts/lib/monitoring.py" used-metrics)
[ "$n" -gt 0 ] || {
  echo "FAIL: no dashboard or rule uses a cnpg_* metric"
  rc=1
}
echo "$n cnpg_* metric(s) used by dashboards and rules"
exit "$rc"
