#!/usr/bin/env bash
# Weekly restore check (CronJob helmsman-restore-check, docs/adr/0031-backups-with-barman-cloud.md):
# restores the latest backup of the production object store into a throw-away CloudNativePG
# cluster, waits until it is ready, checks what it holds, deletes it again and pushes the result
# to the Pushgateway, which Prometheus scrapes (alerts HelmsmanRestoreCheckFailed and
# HelmsmanRestoreCheckOverdue). Always pushes, always deletes the throw-away cluster.
#
# Environment: CLUSTER_MANIFEST (the Cluster to apply), NAMESPACE, PUSHGATEWAY_URL, READY_TIMEOUT
# (seconds), MIN_CHANGESETS (the restored database must hold at least this many Liquibase changesets).
set -uo pipefail

NAMESPACE="${NAMESPACE:-helmsman}"
MANIFEST="${CLUSTER_MANIFEST:-/etc/restore-check/restore-check-cluster.yaml}"
PUSHGATEWAY_URL="${PUSHGATEWAY_URL:-http://pushgateway.helmsman-monitoring.svc:9091}"
READY_TIMEOUT="${READY_TIMEOUT:-10800}"
MIN_CHANGESETS="${MIN_CHANGESETS:-1}"
NAME="$(sed -n 's/^  name: \(.*\)$/\1/p' "$MANIFEST" | head -n 1)"
POD="$NAME-1"
STARTED="$(date +%s)"
CHANGESETS=0
USERS=0
TASKS=0
SUCCESS=0

log() { printf '[restore-check %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
k() { kubectl --namespace "$NAMESPACE" "$@"; }
query() { # query SQL -> one value, run by psql inside the restored instance
  k exec "$POD" --container postgres -- psql --dbname helmsman --no-psqlrc --tuples-only --no-align --quiet \
    --set ON_ERROR_STOP=1 --command "$1"
}
push() {
  local now body
  now="$(date +%s)"
  body="# TYPE helmsman_restore_check_success gauge
helmsman_restore_check_success $SUCCESS
# TYPE helmsman_restore_check_last_run_timestamp_seconds gauge
helmsman_restore_check_last_run_timestamp_seconds $now
# TYPE helmsman_restore_check_duration_seconds gauge
helmsman_restore_check_duration_seconds $((now - STARTED))
# TYPE helmsman_restore_check_changesets gauge
helmsman_restore_check_changesets $CHANGESETS
# TYPE helmsman_restore_check_users gauge
helmsman_restore_check_users $USERS
# TYPE helmsman_restore_check_tasks gauge
helmsman_restore_check_tasks $TASKS
"
  # Only a success moves the last-success time; a failure leaves the previous one in place (POST
  # replaces just the metrics it sends).
  [ "$SUCCESS" = 1 ] && body="$body# TYPE helmsman_restore_check_last_success_timestamp_seconds gauge
helmsman_restore_check_last_success_timestamp_seconds $now
"
  printf '%s' "$body" | curl --silent --show-error --fail --max-time 30 --retry 3 --data-binary @- \
    "$PUSHGATEWAY_URL/metrics/job/helmsman-restore-check/namespace/$NAMESPACE" ||
    log "could not push the result to $PUSHGATEWAY_URL"
}
finish() {
  log "deleting the throw-away cluster $NAME"
  k delete cluster "$NAME" --ignore-not-found --wait=false >/dev/null || log "could not delete cluster $NAME: delete it by hand"
  push
  log "result: success=$SUCCESS changesets=$CHANGESETS users=$USERS tasks=$TASKS in $(($(date +%s) - STARTED)) s"
}
trap finish EXIT

[ -n "$NAME" ] || {
  log "no metadata.name in $MANIFEST"
  exit 1
}
log "restoring the latest backup into cluster $NAME"
# A leftover from an interrupted run would hold the name: remove it first.
k delete cluster "$NAME" --ignore-not-found --wait=true --timeout=600s >/dev/null || exit 1
k apply --filename "$MANIFEST" >/dev/null || exit 1
if ! k wait "cluster/$NAME" --for=condition=Ready --timeout="${READY_TIMEOUT}s"; then
  log "cluster $NAME did not become ready within $READY_TIMEOUT s"
  k get cluster "$NAME" --output wide >&2 || true
  exit 1
fi
CHANGESETS="$(query 'SELECT count(*) FROM databasechangelog')" || exit 1
USERS="$(query 'SELECT count(*) FROM users')" || exit 1
TASKS="$(query 'SELECT count(*) FROM tasks')" || exit 1
log "restored: $CHANGESETS Liquibase changesets, $USERS users, $TASKS tasks"
case "$CHANGESETS" in '' | *[!0-9]*) exit 1 ;; esac
[ "$CHANGESETS" -ge "$MIN_CHANGESETS" ] || {
  log "only $CHANGESETS changesets, expected at least $MIN_CHANGESETS: the restore is not the production database"
  exit 1
}
SUCCESS=1
