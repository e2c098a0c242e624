#!/usr/bin/env bash
# Exercises the weekly restore check (k8s/components/restore-check/restore-check.sh) with a stub
# kubectl on PATH that records every call and a real Pushgateway (Debian prometheus-pushgateway) on
# loopback, and asserts the call sequence, the exit code and the pushed metrics of each scenario.
# Prints "N passed, N failed".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$ROOT/scripts/lib/common.sh"
apt_ensure prometheus-pushgateway:prometheus-pushgateway curl:curl
SCRIPT="$ROOT/k8s/components/restore-check/restore-check.sh"
MANIFEST="$ROOT/k8s/components/restore-check/restore-check-cluster.yaml"
WORK="$(mktemp -d)"
PG_PORT="$(free_port)"
prometheus-pushgateway --web.listen-address="127.0.0.1:$PG_PORT" >"$WORK/pushgateway.log" 2>&1 &
PG_PID=$!
trap 'kill "$PG_PID" 2>/dev/null; wait "$PG_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
wait_http "http://127.0.0.1:$PG_PORT/-/ready" 30 || die "the Pushgateway did not start"
mkdir -p "$WORK/bin"
cat >"$WORK/bin/kubectl" <<'STUB'
#!/usr/bin/env bash
# Records the call; fails when it matches $STUB_FAIL (an extended regex); psql through exec answers
# $STUB_CHANGESETS for the changelog and 2 users, 5 tasks.
printf '%s\n' "$*" >>"$STUB_LOG"
if [ -n "${STUB_FAIL:-}" ] && printf '%s' "$*" | grep -Eq -- "$STUB_FAIL"; then
  echo "stub kubectl: failing '$*'" >&2
  exit 1
fi
case "$*" in
  *"FROM databasechangelog"*) echo "${STUB_CHANGESETS:-30}" ;;
  *"FROM users"*) echo 2 ;;
  *"FROM tasks"*) echo 5 ;;
esac
exit 0
STUB
chmod +x "$WORK/bin/kubectl"

# shellcheck source-path=SCRIPTDIR source=stub-checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/stub-checks.sh"
check() { # check NAME COMMAND...
  local name="$1"
  shift
  if "$@"; then ok "$name"; else nok "$name"; fi
}
# run EXPECTED_EXIT [VAR=VALUE...]: runs the restore check with a fresh call log
run() {
  local want="$1"
  shift
  STUB_LOG="$WORK/calls.$RANDOM"
  export STUB_LOG
  touch "$STUB_LOG"
  env PATH="$WORK/bin:$PATH" CLUSTER_MANIFEST="$MANIFEST" NAMESPACE=helmsman MIN_CHANGESETS=23 READY_TIMEOUT=60 \
    PUSHGATEWAY_URL="http://127.0.0.1:$PG_PORT" "$@" bash "$SCRIPT" >"$WORK/stdout" 2>"$WORK/stderr"
  RC=$?
  [ "$RC" -eq "$want" ]
}
metric() { # metric NAME -> its value on the Pushgateway, or "none"
  curl -s "http://127.0.0.1:$PG_PORT/metrics" |
    awk -v n="$1" '$1 ~ "^"n"\\{" && $1 ~ /job="helmsman-restore-check"/ && $1 ~ /namespace="helmsman"/ {v=$2} END {print (v == "" ? "none" : v)}'
}
calls_are() { # the recorded calls, in order, as extended regexes
  local actual i=0 pattern
  mapfile -t actual <"$STUB_LOG"
  [ "${#actual[@]}" -eq "$#" ] || {
    echo "       expected $# kubectl calls, got ${#actual[@]}"
    return 1
  }
  for pattern in "$@"; do
    printf '%s' "${actual[$i]}" | grep -Eq -- "^$pattern\$" || {
      echo "       call $((i + 1)): '${actual[$i]}' does not match '$pattern'"
      return 1
    }
    i=$((i + 1))
  done
}
N="--namespace helmsman"
EXEC="$N exec helmsman-db-restore-check-1 --container postgres -- psql --dbname helmsman .*"

if run 0; then ok "a good restore exits 0"; else nok "a good restore exits 0 (got $RC)"; fi
check "it removes a leftover, applies the throw-away cluster, waits for Ready, queries it and deletes it" calls_are \
  "$N delete cluster helmsman-db-restore-check --ignore-not-found --wait=true --timeout=600s" \
  "$N apply --filename $MANIFEST" \
  "$N wait cluster/helmsman-db-restore-check --for=condition=Ready --timeout=60s" \
  "$EXEC--command SELECT count\(\*\) FROM databasechangelog" \
  "$EXEC--command SELECT count\(\*\) FROM users" \
  "$EXEC--command SELECT count\(\*\) FROM tasks" \
  "$N delete cluster helmsman-db-restore-check --ignore-not-found --wait=false"
check "the Pushgateway holds success 1, 30 changesets, 2 users, 5 tasks" test \
  "$(metric helmsman_restore_check_success) $(metric helmsman_restore_check_changesets) $(metric helmsman_restore_check_users) $(metric helmsman_restore_check_tasks)" = "1 30 2 5"
LAST_SUCCESS="$(metric helmsman_restore_check_last_success_timestamp_seconds)"
check "a success sets the last-success time ($LAST_SUCCESS)" test "$LAST_SUCCESS" != none
sleep 1 # the next run's timestamps must differ

if run 1 STUB_FAIL="wait cluster/"; then ok "a cluster that never gets ready exits 1"; else nok "a cluster that never gets ready exits 1 (got $RC)"; fi
check "... and the throw-away cluster is still deleted" grep -q -- "delete cluster helmsman-db-restore-check --ignore-not-found --wait=false" "$STUB_LOG"
check "... and nothing is queried" sh -c "! grep -q ' exec ' '$STUB_LOG'"
check "... and success 0 is pushed" test "$(metric helmsman_restore_check_success)" = 0
check "... while the last-success time stays that of the last good run" test "$(metric helmsman_restore_check_last_success_timestamp_seconds)" = "$LAST_SUCCESS"
check "... and the last-run time moves on" test "$(metric helmsman_restore_check_last_run_timestamp_seconds)" != "$LAST_SUCCESS"

if run 1 STUB_CHANGESETS=3; then ok "a restore holding too few changesets (3 < 23) exits 1"; else nok "too few changesets exits 1 (got $RC)"; fi
check "... and pushes success 0 with what it found" test "$(metric helmsman_restore_check_success) $(metric helmsman_restore_check_changesets)" = "0 3"

if run 1 STUB_FAIL="apply --filename"; then ok "a refused apply exits 1"; else nok "a refused apply exits 1 (got $RC)"; fi
check "... and pushes success 0" test "$(metric helmsman_restore_check_success)" = 0

if run 0 PUSHGATEWAY_URL="http://127.0.0.1:9"; then ok "an unreachable Pushgateway does not turn a good restore into a failure"; else
  nok "unreachable Pushgateway (got $RC)"
fi
check "... and says so" grep -q "could not push" "$WORK/stderr"

echo "restore-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
