#!/usr/bin/env bash
# Point-in-time-recovery drill with pgBackRest on a throw-away PostgreSQL cluster (private port,
# private socket directory, removed afterwards). It runs the production settings:
# k8s/base/postgres/postgresql.conf is included as it is (only port, sockets, memory and the
# repository location are overridden) and the pgBackRest options come from
# k8s/base/postgres/pgbackrest.conf with the S3 repository swapped for a local one.
#
#   1. rows 1-3, full backup          4. rows 7-9, then rows 1-2 deleted ("the accident")
#   2. rows 4-6 (only in the WAL)     5. restore to the time between 2 and 4
#   3. remember that time             6. assert exactly rows 1-6 exist
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$ROOT/scripts/lib/common.sh"

apt_ensure pgbackrest:pgbackrest runuser:util-linux
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PGBIN="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
id postgres >/dev/null 2>&1 || die "no postgres user"

WORK="$(mktemp -d /tmp/helmsman-pitr.XXXXXX)"
$SUDO chown postgres: "$WORK"
$SUDO chmod 700 "$WORK"
PORT="$(free_port)"
as_pg() {
  if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres -- "$@"; fi
}
psql_drill() { as_pg "$PGBIN/psql" -h "$WORK" -p "$PORT" -U helmsman -d helmsman -qAtX -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  $SUDO rm -rf "$WORK"
}
trap cleanup EXIT

log "PITR drill: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), pgBackRest $(pgbackrest version | awk '{print $2}'), port $PORT, $WORK"
as_pg "$PGBIN/initdb" -D "$WORK/data" -U helmsman --auth=trust --data-checksums >/dev/null

# pgBackRest: the production options, local encrypted repository instead of S3.
sed -e '/^repo1-s3-/d' -e 's#^repo1-type=.*#repo1-type=posix#' -e "s#^repo1-path=.*#repo1-path=$WORK/repo#" \
  -e "s#^pg1-path=.*#pg1-path=$WORK/data#" -e "s#^pg1-socket-path=.*#pg1-socket-path=$WORK\npg1-port=$PORT#" \
  -e "s#^lock-path=.*#lock-path=$WORK/lock#" -e "s#^spool-path=.*#spool-path=$WORK/spool#" \
  -e "s#^\[global\]#[global]\nrepo1-cipher-pass=pitr-drill-only\nlog-path=$WORK#" \
  "$ROOT/k8s/base/postgres/pgbackrest.conf" | as_pg tee "$WORK/pgbackrest.conf" >/dev/null
export PGBACKREST_CONFIG="$WORK/pgbackrest.conf"
as_pg grep -q '^repo1-retention-full-type=time' "$WORK/pgbackrest.conf" || die "pgbackrest.conf lost its time-based retention"

as_pg tee "$WORK/postgresql.conf" >/dev/null <<CONF
include '$ROOT/k8s/base/postgres/postgresql.conf'
port = $PORT
listen_addresses = ''
unix_socket_directories = '$WORK'
hba_file = '$WORK/data/pg_hba.conf'
shared_buffers = 128MB
effective_cache_size = 512MB
huge_pages = off
archive_command = 'PGBACKREST_CONFIG=$WORK/pgbackrest.conf pgbackrest --stanza=helmsman archive-push %p'
restore_command = 'PGBACKREST_CONFIG=$WORK/pgbackrest.conf pgbackrest --stanza=helmsman archive-get %f "%p"'
CONF
start_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -o "-c config_file=$WORK/postgresql.conf" -l "$WORK/postgres.log" -w -t 60 start >/dev/null ||
    {
      as_pg tail -n 30 "$WORK/postgres.log" >&2
      die "PostgreSQL did not start with the production postgresql.conf"
    }
}
start_pg
as_pg "$PGBIN/createdb" -h "$WORK" -p "$PORT" -U helmsman helmsman
[ "$(psql_drill -c 'SHOW max_connections')" = 200 ] || die "production max_connections not in effect"
[ "$(psql_drill -c 'SHOW archive_mode')" = on ] || die "archive_mode is not on"

as_pg env PGBACKREST_CONFIG="$WORK/pgbackrest.conf" pgbackrest --stanza=helmsman stanza-create >/dev/null
as_pg env PGBACKREST_CONFIG="$WORK/pgbackrest.conf" pgbackrest --stanza=helmsman check >/dev/null

psql_drill -c "CREATE TABLE drill (id int PRIMARY KEY, note text, at timestamptz DEFAULT clock_timestamp())"
psql_drill -c "INSERT INTO drill (id, note) SELECT g, 'before backup' FROM generate_series(1, 3) g"
as_pg env PGBACKREST_CONFIG="$WORK/pgbackrest.conf" pgbackrest --stanza=helmsman --type=full backup >/dev/null
log "full backup taken"
psql_drill -c "INSERT INTO drill (id, note) SELECT g, 'after backup, only in WAL' FROM generate_series(4, 6) g"
sleep 1
TARGET="$(psql_drill -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")"
sleep 1
psql_drill -c "INSERT INTO drill (id, note) SELECT g, 'after the target' FROM generate_series(7, 9) g"
psql_drill -c "DELETE FROM drill WHERE id <= 2"
psql_drill -c "SELECT pg_switch_wal()" >/dev/null
as_pg env PGBACKREST_CONFIG="$WORK/pgbackrest.conf" pgbackrest --stanza=helmsman check >/dev/null
log "rows before restore: $(psql_drill -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM drill")"

as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null
log "restoring to $TARGET"
as_pg env PGBACKREST_CONFIG="$WORK/pgbackrest.conf" pgbackrest --stanza=helmsman --delta --type=time \
  "--target=$TARGET" --target-action=promote restore >/dev/null
start_pg
for _ in $(seq 1 60); do
  [ "$(psql_drill -c 'SELECT pg_is_in_recovery()')" = f ] && break
  sleep 1
done
[ "$(psql_drill -c 'SELECT pg_is_in_recovery()')" = f ] || die "recovery did not finish"
GOT="$(psql_drill -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM drill")"
log "rows after restore:  $GOT"
if [ "$GOT" != "1,2,3,4,5,6" ]; then
  as_pg tail -n 20 "$WORK/postgres.log" >&2
  die "point-in-time restore gave rows [$GOT], expected exactly [1,2,3,4,5,6]"
fi
log "PITR drill passed: the backup plus WAL restored exactly the rows written before $TARGET"
