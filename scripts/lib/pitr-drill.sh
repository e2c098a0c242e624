#!/usr/bin/env bash
# Point-in-time-recovery drill with the tools CloudNativePG itself runs (barman-cloud) against an
# S3-compatible server (npm s3rver) and throw-away PostgreSQL clusters (private ports and socket
# directories, removed afterwards). The production settings come from the manifests as they are:
# the Cluster in k8s/components/cloudnative-pg/cluster.yaml (PostgreSQL parameters, bucket and
# path, server name, WAL and data compression and encryption, upload jobs, retention) and the
# replica cluster of the second region in k8s/dr/cluster.yaml; only the S3 endpoint is local.
#
#   1. rows 1-3, base backup (barman-cloud-backup)     4. rows 7-9, then rows 1-2 deleted
#   2. rows 4-6 (only in the WAL, barman-cloud-wal-archive)  5. barman-cloud-restore into a new
#   3. remember that time                                 data directory, recovery_target_time,
#                                                         restore_command barman-cloud-wal-restore
#   6. assert exactly rows 1-6 exist
# Second region (k8s/dr): a replica bootstraps from the primary bucket, replays its WAL, archives
# it again into the second bucket and takes its own base backup there; a restore from the second
# bucket alone then gives the primary's last state (rows 3-9).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$ROOT/scripts/lib/common.sh"

S3RVER_VERSION=3.7.1
apt_ensure barman-cloud-backup:barman-cli-cloud runuser:util-linux node:nodejs npm:npm
/usr/bin/python3 -c 'import yaml' 2>/dev/null || apt_ensure no-such-command-python3-yaml:python3-yaml
NPM_DIR="$HELMSMAN_TOOLS_DIR/npm"
S3RVER="$NPM_DIR/node_modules/s3rver/bin/s3rver.js"
if ! grep -q "\"version\": \"$S3RVER_VERSION\"" "$NPM_DIR/node_modules/s3rver/package.json" 2>/dev/null; then
  log "installing s3rver@$S3RVER_VERSION into $NPM_DIR"
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{"name":"helmsman-infra-tools","private":true}' >"$NPM_DIR/package.json"
  (cd "$NPM_DIR" && npm install --no-audit --no-fund --loglevel=error "s3rver@$S3RVER_VERSION") >&2 || die "npm install s3rver failed"
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PGBIN="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
id postgres >/dev/null 2>&1 || die "no postgres user"

# The production settings, read from the manifests (shell assignments printed by Python).
eval "$(
  /usr/bin/python3 - "$ROOT/k8s/components/cloudnative-pg/cluster.yaml" "$ROOT/k8s/dr/cluster.yaml" <<'PY'
import re, shlex, sys, yaml
prod = next(d for d in yaml.safe_load_all(open(sys.argv[1])) if d and d["kind"] == "Cluster")
dr = next(d for d in yaml.safe_load_all(open(sys.argv[2])) if d and d["kind"] == "Cluster")
def out(name, value): print(f"{name}={shlex.quote(str(value))}")
def flags(section):  # barman-cloud options CloudNativePG derives from wal/data
    f = {"gzip": "--gzip", "bzip2": "--bzip2", "snappy": "--snappy"}.get(section.get("compression"), "")
    return f + (f" -e {section['encryption']}" if section.get("encryption") else "")
store = prod["spec"]["backup"]["barmanObjectStore"]
out("PROD_SERVER", store.get("serverName", prod["metadata"]["name"]))
out("PROD_DEST", store["destinationPath"])
out("PROD_WAL_FLAGS", flags(store.get("wal", {})))
out("PROD_DATA_FLAGS", flags(store.get("data", {})) + f" -J {store.get('data', {}).get('jobs', 2)}")
days = re.fullmatch(r"(\d+)d", prod["spec"]["backup"]["retentionPolicy"]).group(1)
out("PROD_RETENTION", f"RECOVERY WINDOW OF {days} DAYS")
out("PROD_PARAMS", "\n".join(f"{k} = '{v}'" for k, v in prod["spec"]["postgresql"]["parameters"].items()))
src = next(c for c in dr["spec"]["externalClusters"] if c["name"] == dr["spec"]["replica"]["source"])["barmanObjectStore"]
out("DR_SOURCE_SERVER", src.get("serverName", src.get("name")))
out("DR_SOURCE_DEST", src["destinationPath"])
dstore = dr["spec"]["backup"]["barmanObjectStore"]
out("DR_SERVER", dstore.get("serverName", dr["metadata"]["name"]))
out("DR_DEST", dstore["destinationPath"])
out("DR_WAL_FLAGS", flags(dstore.get("wal", {})))
out("DR_DATA_FLAGS", flags(dstore.get("data", {})))
out("DR_REPLICA", str(dr["spec"]["replica"]["enabled"]).lower())
PY
)"
[ "$DR_SOURCE_DEST/$DR_SOURCE_SERVER" = "$PROD_DEST/$PROD_SERVER" ] ||
  die "k8s/dr does not read the primary's object store ($DR_SOURCE_DEST/$DR_SOURCE_SERVER vs $PROD_DEST/$PROD_SERVER)"
[ "$DR_REPLICA" = true ] || die "k8s/dr is not a replica cluster"
bucket() { local b="${1#s3://}" && printf '%s\n' "${b%%/*}"; }
[ "$(bucket "$DR_DEST")" != "$(bucket "$PROD_DEST")" ] || die "k8s/dr archives into the primary's bucket"

WORK="$(mktemp -d /tmp/helmsman-pitr.XXXXXX)"
$SUDO chown postgres: "$WORK"
$SUDO chmod 700 "$WORK"
S3_PORT="$(free_port)"
S3_PID=""
as_pg() {
  if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres -- "$@"; fi
}
cleanup() {
  local d
  for d in "$WORK"/*/PG_VERSION; do
    if [ -f "$d" ]; then as_pg "$PGBIN/pg_ctl" -D "$(dirname "$d")" -m immediate stop >/dev/null 2>&1 || true; fi
  done
  if [ -n "$S3_PID" ]; then
    kill "$S3_PID" 2>/dev/null || true
    wait "$S3_PID" 2>/dev/null || true
  fi
  $SUDO rm -rf "$WORK"
}
trap cleanup EXIT

# The S3-compatible server, on loopback only, with both regions' buckets.
mkdir -p "$WORK/s3"
node "$S3RVER" -d "$WORK/s3" -a 127.0.0.1 -p "$S3_PORT" --silent --no-vhost-buckets \
  --configure-bucket "$(bucket "$PROD_DEST")" --configure-bucket "$(bucket "$DR_DEST")" >"$WORK/s3rver.log" 2>&1 &
S3_PID=$!
for _ in $(seq 1 30); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$S3_PORT/" || true)" != 000 ] && break
  sleep 0.5
done
# barman-cloud as CloudNativePG's instance manager calls it, the endpoint swapped for s3rver's.
as_pg tee "$WORK/barman" >/dev/null <<SH
#!/bin/sh
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=eu-central-1
cmd="\$1" && shift
exec "barman-cloud-\$cmd" --cloud-provider aws-s3 --endpoint-url "http://127.0.0.1:$S3_PORT" "\$@"
SH
as_pg chmod 700 "$WORK/barman"
BARMAN="$WORK/barman"
as_pg "$BARMAN" wal-archive --test "$PROD_DEST" "$PROD_SERVER" 000000010000000000000001 || die "barman-cloud cannot reach the object store"

# configure NAME PORT [EXTRA_SETTINGS] -- appends the production and the drill's settings to the
# postgresql.conf of data directory NAME (later lines win, so a restored copy is re-configured).
configure() {
  local dir="$WORK/$1" port="$2"
  as_pg tee -a "$dir/postgresql.conf" >/dev/null <<CONF
# production parameters (k8s/components/cloudnative-pg/cluster.yaml)
$PROD_PARAMS
# what CloudNativePG sets itself
shared_preload_libraries = 'pg_stat_statements'
wal_level = logical
archive_mode = on
archive_timeout = '5min'
wal_retrieve_retry_interval = '1s'
# the drill's own: private port and socket, small memory
port = $port
listen_addresses = ''
unix_socket_directories = '$WORK'
shared_buffers = '128MB'
effective_cache_size = '512MB'
${3:-}
CONF
}
start_pg() { # start_pg NAME
  as_pg "$PGBIN/pg_ctl" -D "$WORK/$1" -l "$WORK/$1.log" -w -t 120 start >/dev/null || {
    as_pg tail -n 30 "$WORK/$1.log" >&2
    die "PostgreSQL $1 did not start"
  }
}
stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$WORK/$1" -m fast -w stop >/dev/null; }
sql() { # sql PORT SQL
  as_pg "$PGBIN/psql" -h "$WORK" -p "$1" -U helmsman -d helmsman -qAtX -v ON_ERROR_STOP=1 -c "$2"
}
wait_promoted() { # wait_promoted PORT
  for _ in $(seq 1 120); do
    [ "$(sql "$1" 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ] && return 0
    sleep 0.5
  done
  return 1
}
latest_backup() { # latest_backup DEST SERVER -> backup id
  as_pg "$BARMAN" backup-list --format json "$1" "$2" |
    /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["backups_list"][-1]["backup_id"])'
}
rows() { sql "$1" "SELECT string_agg(id::text, ',' ORDER BY id) FROM drill"; }

P_PORT="$(free_port)"
log "PITR drill: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), $(barman-cloud-backup --version 2>&1), s3rver $S3RVER_VERSION on 127.0.0.1:$S3_PORT, $WORK"
as_pg "$PGBIN/initdb" -D "$WORK/primary" -U helmsman --auth=trust --data-checksums >/dev/null
configure primary "$P_PORT" "archive_command = '$BARMAN wal-archive $PROD_WAL_FLAGS $PROD_DEST $PROD_SERVER %p'"
start_pg primary
as_pg "$PGBIN/createdb" -h "$WORK" -p "$P_PORT" -U helmsman helmsman
[ "$(sql "$P_PORT" 'SHOW max_connections')" = 200 ] || die "production max_connections not in effect"
[ "$(sql "$P_PORT" 'SHOW archive_mode')" = on ] || die "archive_mode is not on"

sql "$P_PORT" "CREATE TABLE drill (id int PRIMARY KEY, note text, at timestamptz DEFAULT clock_timestamp())"
sql "$P_PORT" "INSERT INTO drill (id, note) SELECT g, 'before backup' FROM generate_series(1, 3) g"
# shellcheck disable=SC2086 # the flags are words on purpose
as_pg "$BARMAN" backup $PROD_DATA_FLAGS --immediate-checkpoint -h "$WORK" -p "$P_PORT" -U helmsman -d helmsman \
  "$PROD_DEST" "$PROD_SERVER" || die "barman-cloud-backup failed"
BACKUP="$(latest_backup "$PROD_DEST" "$PROD_SERVER")"
log "base backup $BACKUP in $PROD_DEST"
sql "$P_PORT" "INSERT INTO drill (id, note) SELECT g, 'after backup, only in WAL' FROM generate_series(4, 6) g"
sleep 1
TARGET="$(sql "$P_PORT" "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")"
sleep 1
sql "$P_PORT" "INSERT INTO drill (id, note) SELECT g, 'after the target' FROM generate_series(7, 9) g"
sql "$P_PORT" "DELETE FROM drill WHERE id <= 2"
LAST_WAL="$(sql "$P_PORT" "SELECT pg_walfile_name(pg_current_wal_lsn())")"
sql "$P_PORT" "SELECT pg_switch_wal()" >/dev/null
for _ in $(seq 1 60); do
  [ "$(sql "$P_PORT" "SELECT coalesce(last_archived_wal >= '$LAST_WAL', false) FROM pg_stat_archiver")" = t ] && break
  sleep 0.5
done
[ "$(sql "$P_PORT" "SELECT last_archived_wal >= '$LAST_WAL' FROM pg_stat_archiver")" = t ] ||
  die "WAL $LAST_WAL was not archived by barman-cloud-wal-archive"
log "rows on the primary: $(rows "$P_PORT"); WAL up to $LAST_WAL archived"
# the retention CloudNativePG applies (retentionPolicy) keeps the backup the restore needs
as_pg "$BARMAN" backup-delete -r "$PROD_RETENTION" "$PROD_DEST" "$PROD_SERVER" >/dev/null
[ "$(latest_backup "$PROD_DEST" "$PROD_SERVER")" = "$BACKUP" ] || die "retention '$PROD_RETENTION' deleted the backup"

# --- point-in-time restore into a new data directory, as bootstrap.recovery does
log "restoring $BACKUP to $TARGET into a new data directory"
R_PORT="$(free_port)"
as_pg "$BARMAN" restore "$PROD_DEST" "$PROD_SERVER" "$BACKUP" "$WORK/restored" || die "barman-cloud-restore failed"
as_pg chmod 700 "$WORK/restored"
configure restored "$R_PORT" "archive_mode = off
restore_command = '$BARMAN wal-restore $PROD_DEST $PROD_SERVER %f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'"
as_pg touch "$WORK/restored/recovery.signal"
start_pg restored
wait_promoted "$R_PORT" || die "recovery to $TARGET did not finish"
GOT="$(rows "$R_PORT")"
log "rows after restore:  $GOT"
if [ "$GOT" != "1,2,3,4,5,6" ]; then
  as_pg tail -n 20 "$WORK/restored.log" >&2
  die "point-in-time restore gave rows [$GOT], expected exactly [1,2,3,4,5,6]"
fi
stop_pg restored
log "PITR passed: barman-cloud backup plus WAL restored exactly the rows written before $TARGET"

# --- second region: the replica cluster of k8s/dr
log "second region: replica from $PROD_DEST, archiving into $DR_DEST"
D_PORT="$(free_port)"
as_pg "$BARMAN" restore "$PROD_DEST" "$PROD_SERVER" "$BACKUP" "$WORK/replica" || die "barman-cloud-restore (replica) failed"
as_pg chmod 700 "$WORK/replica"
configure replica "$D_PORT" "archive_mode = always
archive_command = '$BARMAN wal-archive $DR_WAL_FLAGS $DR_DEST $DR_SERVER %p'
restore_command = '$BARMAN wal-restore $PROD_DEST $PROD_SERVER %f %p'"
as_pg touch "$WORK/replica/standby.signal"
start_pg replica
for _ in $(seq 1 120); do
  [ "$(sql "$D_PORT" "SELECT coalesce(last_archived_wal >= '$LAST_WAL', false) FROM pg_stat_archiver" 2>/dev/null)" = t ] && break
  sleep 0.5
done
[ "$(sql "$D_PORT" "SELECT last_archived_wal >= '$LAST_WAL' FROM pg_stat_archiver")" = t ] ||
  die "the replica did not archive WAL $LAST_WAL into $DR_DEST"
[ "$(sql "$D_PORT" 'SELECT pg_is_in_recovery()')" = t ] || die "the replica is not in recovery"
log "replica replayed the primary's WAL (rows $(rows "$D_PORT")) and archived it into $DR_DEST"
# shellcheck disable=SC2086
as_pg "$BARMAN" backup $DR_DATA_FLAGS -h "$WORK" -p "$D_PORT" -U helmsman -d helmsman "$DR_DEST" "$DR_SERVER" ||
  die "barman-cloud-backup of the replica failed"
DR_BACKUP="$(latest_backup "$DR_DEST" "$DR_SERVER")"
stop_pg replica
stop_pg primary
log "replica base backup $DR_BACKUP in $DR_DEST; the primary region is now gone"

# --- restore from the second region's bucket only
X_PORT="$(free_port)"
as_pg "$BARMAN" restore "$DR_DEST" "$DR_SERVER" "$DR_BACKUP" "$WORK/dr-restored" || die "barman-cloud-restore from $DR_DEST failed"
as_pg chmod 700 "$WORK/dr-restored"
configure dr-restored "$X_PORT" "archive_mode = off
restore_command = '$BARMAN wal-restore $DR_DEST $DR_SERVER %f %p'
recovery_target_action = 'promote'"
as_pg touch "$WORK/dr-restored/recovery.signal"
start_pg dr-restored
wait_promoted "$X_PORT" || die "recovery from $DR_DEST did not finish"
GOT="$(rows "$X_PORT")"
log "rows after restore from the second region: $GOT"
if [ "$GOT" != "3,4,5,6,7,8,9" ]; then
  as_pg tail -n 20 "$WORK/dr-restored.log" >&2
  die "restore from $DR_DEST gave rows [$GOT], expected the primary's last state [3,4,5,6,7,8,9]"
fi
stop_pg dr-restored
log "PITR drill passed: point-in-time restore from $PROD_DEST, and a full restore from $DR_DEST alone"
