#!/usr/bin/env bash
# Exercises scripts/deploy.sh with a stub kubectl (and curl) on PATH that record every call, and
# asserts the call sequence and the exit code of each scenario. Prints "N passed, N failed".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEPLOY="$ROOT/scripts/deploy.sh"
REAL_KUBECTL="$(command -v kubectl || true)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bin"

# ---------------------------------------------------------------- stubs
cat >"$WORK/bin/kubectl" <<'STUB'
#!/usr/bin/env bash
# Records the call; fails when the call matches $STUB_FAIL (an extended regex), only the first
# time if STUB_FAIL_ONCE=1. `apply -k DIR` keeps DIR's kustomization and its rendering.
printf '%s\n' "$*" >>"$STUB_LOG"
if [ -n "${STUB_FAIL:-}" ] && printf '%s' "$*" | grep -Eq -- "$STUB_FAIL"; then
  if [ "${STUB_FAIL_ONCE:-0}" != 1 ] || [ ! -f "$STUB_LOG.failed" ]; then
    touch "$STUB_LOG.failed"
    echo "stub kubectl: failing '$*'" >&2
    exit 1
  fi
fi
args=("$@")
for i in "${!args[@]}"; do
  if [ "${args[$i]}" = "-k" ]; then
    dir="${args[$((i + 1))]}"
    cp "$dir/kustomization.yaml" "$STUB_LOG.kustomization.yaml"
    if [ -n "${REAL_KUBECTL:-}" ]; then
      "$REAL_KUBECTL" kustomize "$dir" >"$STUB_LOG.rendered.yaml" 2>"$STUB_LOG.render-errors" || echo RENDER-FAILED >"$STUB_LOG.rendered.yaml"
    fi
  fi
done
exit 0
STUB
cat >"$WORK/bin/curl" <<'STUB'
#!/usr/bin/env bash
# Prints $STUB_CURL_CODE as the status (-w) of app URLs; /actuator/ URLs answer a page, which is
# Prometheus text when STUB_METRICS_PUBLIC=1.
printf 'curl %s\n' "${*: -1}" >>"$STUB_LOG"
case "${*: -1}" in
  */actuator/*)
    if [ "${STUB_METRICS_PUBLIC:-0}" = 1 ]; then printf '# TYPE jvm_threads_live_threads gauge\n'; else
      printf '<!doctype html><html>vaadin bootstrap page</html>\n'
    fi
    ;;
  *) printf '%s' "${STUB_CURL_CODE:-200}" ;;
esac
STUB
chmod +x "$WORK/bin/kubectl" "$WORK/bin/curl"

# shellcheck source-path=SCRIPTDIR source=stub-checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/stub-checks.sh"

# run NAME EXPECTED_EXIT [VAR=VALUE...] -- ARGS...: runs deploy.sh with a fresh call log.
run() {
  local name="$1" want="$2"
  shift 2
  local envs=()
  while [ "$1" != "--" ]; do
    envs+=("$1")
    shift
  done
  shift
  STUB_LOG="$WORK/calls.$RANDOM"
  export STUB_LOG REAL_KUBECTL
  env -u CI -u IMAGE_TAG -u KUBE_CONTEXT -u SMOKE_URL PATH="$WORK/bin:$PATH" \
    SMOKE_RETRIES=1 SMOKE_INTERVAL=0 "${envs[@]}" \
    "$DEPLOY" "$@" </dev/null >"$WORK/stdout" 2>"$WORK/stderr"
  local got=$?
  touch "$STUB_LOG"
  if [ "$got" -ne "$want" ]; then
    nok "$name: exit $got, expected $want"
    return 1
  fi
  return 0
}

# calls_are EXPECTED...: the recorded kubectl calls, in order, matched as extended regexes.
calls_are() {
  local actual
  mapfile -t actual < <(grep -v '^curl ' "$STUB_LOG")
  if [ "${#actual[@]}" -ne "$#" ]; then
    echo "       expected $# kubectl calls, got ${#actual[@]}"
    return 1
  fi
  local i=0 pattern
  for pattern in "$@"; do
    if ! printf '%s' "${actual[$i]}" | grep -Eq -- "^$pattern\$"; then
      echo "       call $((i + 1)): '${actual[$i]}' does not match '$pattern'"
      return 1
    fi
    i=$((i + 1))
  done
}
check() { # check NAME COMMAND...
  local name="$1"
  shift
  if "$@"; then ok "$name"; else nok "$name"; fi
}

# dev: the plain StatefulSet, one apply
DEV_CALLS=(
  "version --request-timeout=20s"
  "-n helmsman get secret helmsman-secrets"
  "-n helmsman get secret helmsman-postgres"
  "-n helmsman get secret helmsman-redis"
  "apply -k /.*"
  "-n helmsman rollout status statefulset/postgresql --timeout=600s"
  "-n helmsman rollout status deployment/redis --timeout=600s"
  "-n helmsman rollout status deployment/helmsman --timeout=600s"
)
# staging and prod: PostgreSQL on CloudNativePG; the operator first, then the database, then the app
DEPLOY_CALLS=(
  "version --request-timeout=20s"
  "get crd clusters.postgresql.cnpg.io poolers.postgresql.cnpg.io scheduledbackups.postgresql.cnpg.io"
  "-n cnpg-system rollout status deployment/cnpg-controller-manager --timeout=120s"
  "-n helmsman get secret helmsman-secrets"
  "-n helmsman get secret helmsman-db-app"
  "-n helmsman get secret helmsman-backup-s3"
  "-n helmsman get secret helmsman-redis"
  "apply -k /.* --selector app.kubernetes.io/component!=app"
  "-n helmsman wait cluster/helmsman-db --for=condition=Ready --timeout=600s"
  "-n helmsman rollout status deployment/helmsman-db-pooler-rw --timeout=600s"
  "-n helmsman rollout status deployment/redis --timeout=600s"
  "apply -k /.*"
  "-n helmsman rollout status deployment/helmsman --timeout=600s"
)

# ---------------------------------------------------------------- usage
run "no arguments" 2 -- && ok "no arguments -> exit 2"
run "unknown environment" 2 -- qa deploy && ok "unknown environment -> exit 2"
run "unknown action" 2 -- staging explode && ok "unknown action -> exit 2"
run "bad timeout" 2 -- staging deploy --timeout soon && ok "non-numeric --timeout -> exit 2"

# ---------------------------------------------------------------- deploy
if run "staging deploy" 0 -- staging deploy --image-tag sha-abc123; then
  check "staging deploy: preflight, operator CRDs and pod, secrets, database without the app, Cluster Ready, pooler, Redis, then the app" \
    calls_are "${DEPLOY_CALLS[@]}"
  check "staging deploy: overlay k8s/overlays/staging with image tag sha-abc123" \
    grep -q "k8s/overlays/staging" "$STUB_LOG.kustomization.yaml"
  if [ -n "$REAL_KUBECTL" ]; then
    check "staging deploy: rendered Deployment uses ghcr.io/helmsman-app/helmsman:sha-abc123" \
      grep -q "image: ghcr.io/helmsman-app/helmsman:sha-abc123" "$STUB_LOG.rendered.yaml"
  fi
fi

if run "dev deploy" 0 -- dev deploy; then
  check "dev deploy (StatefulSet): preflight, secrets, one apply -k, PostgreSQL, Redis, app in order" calls_are "${DEV_CALLS[@]}"
fi
if run "prod deploy" 0 CI=true -- prod deploy --image-tag sha-def456; then
  check "prod deploy: the CloudNativePG sequence too" calls_are "${DEPLOY_CALLS[@]}"
  if [ -n "$REAL_KUBECTL" ]; then
    check "prod deploy: the rendered overlay has the Cluster, the pooler, the restore check and no StatefulSet postgresql" sh -c \
      "grep -q '^kind: Cluster$' '$STUB_LOG.rendered.yaml' && grep -q '^kind: Pooler$' '$STUB_LOG.rendered.yaml' &&
       grep -q 'name: helmsman-restore-check$' '$STUB_LOG.rendered.yaml' && ! grep -q '^  name: postgresql$' '$STUB_LOG.rendered.yaml'"
  fi
fi

if run "deploy with context" 0 -- dev deploy --context kind-helmsman; then
  check "--context is passed to every kubectl call" sh -c "! grep -v '^--context kind-helmsman ' '$STUB_LOG'"
  if [ -n "$REAL_KUBECTL" ]; then
    check "dev deploy without --image-tag keeps the overlay tag (develop)" \
      grep -q "image: ghcr.io/helmsman-app/helmsman:develop" "$STUB_LOG.rendered.yaml"
  fi
fi

if run "missing secret" 3 STUB_FAIL="get secret helmsman-postgres" -- dev deploy; then
  check "missing secret -> exit 3 before anything is applied" sh -c "! grep -q '^apply' '$STUB_LOG'"
fi
if run "missing backup secret" 3 STUB_FAIL="get secret helmsman-backup-s3" -- staging deploy; then
  check "missing object-store secret (CloudNativePG) -> exit 3 before anything is applied" sh -c "! grep -q '^apply' '$STUB_LOG'"
fi
if run "no operator" 3 STUB_FAIL="get crd" -- staging deploy; then
  check "CloudNativePG CRDs missing -> exit 3 before anything is applied" sh -c "! grep -q '^apply' '$STUB_LOG'"
fi
if run "operator down" 3 STUB_FAIL="cnpg-controller-manager" -- prod deploy --yes; then
  check "CloudNativePG operator not running -> exit 3 before anything is applied" sh -c "! grep -q '^apply' '$STUB_LOG'"
fi

run "cluster unreachable" 3 STUB_FAIL="^version" -- staging deploy && ok "cluster unreachable -> exit 3"

if run "app rollout fails" 4 STUB_FAIL="rollout status deployment/helmsman --timeout" STUB_FAIL_ONCE=1 -- staging deploy --image-tag bad; then
  check "failed app rollout -> exit 4 after rollout undo and a successful status" calls_are "${DEPLOY_CALLS[@]}" \
    "-n helmsman rollout undo deployment/helmsman" \
    "-n helmsman rollout status deployment/helmsman --timeout=600s"
fi

run "rollback fails too" 6 STUB_FAIL="rollout status deployment/helmsman --timeout" -- staging deploy &&
  ok "rollout and rollback both fail -> exit 6"

if run "database not ready" 4 STUB_FAIL="statefulset/postgresql" -- dev deploy; then
  check "PostgreSQL not ready -> exit 4 without touching the app" sh -c "! grep -q 'deployment/helmsman' '$STUB_LOG'"
fi
if run "cluster not ready" 4 STUB_FAIL="wait cluster/helmsman-db" -- staging deploy; then
  check "CloudNativePG cluster not Ready -> exit 4; the app is neither applied nor rolled" sh -c \
    "[ \"\$(grep -c '^apply' '$STUB_LOG')\" = 1 ] && ! grep -q 'deployment/helmsman ' '$STUB_LOG'"
fi
if run "pooler not ready" 4 STUB_FAIL="deployment/helmsman-db-pooler-rw" -- staging deploy; then
  check "pooler not ready -> exit 4; the app is not applied" sh -c "[ \"\$(grep -c '^apply' '$STUB_LOG')\" = 1 ]"
fi

if run "smoke fails" 5 STUB_CURL_CODE=503 -- staging deploy --smoke-url https://staging.example.test; then
  check "smoke test 503 -> exit 5 after rollout undo" calls_are "${DEPLOY_CALLS[@]}" \
    "-n helmsman rollout undo deployment/helmsman" \
    "-n helmsman rollout status deployment/helmsman --timeout=600s"
fi
run "metrics public" 5 STUB_CURL_CODE=200 STUB_METRICS_PUBLIC=1 -- staging deploy --smoke-url https://s.example.test &&
  ok "publicly reachable /actuator/prometheus fails the smoke test -> exit 5"
if run "smoke passes" 0 STUB_CURL_CODE=200 -- staging deploy --smoke-url https://s.example.test/; then
  check "smoke test probes /livez, /readyz, / and /actuator/prometheus" sh -c \
    "grep -q 'curl https://s.example.test/livez' '$STUB_LOG' && grep -q 'curl https://s.example.test/readyz' '$STUB_LOG' && grep -q 'curl https://s.example.test/actuator/prometheus' '$STUB_LOG'"
fi

if run "prod without confirmation" 2 -- prod deploy; then
  check "prod deploy without --yes and no answer -> cancelled, no kubectl call" sh -c "[ ! -s '$STUB_LOG' ]"
fi
if run "prod in CI" 0 CI=true -- production deploy --image-tag v1.2.3; then
  check "prod deploy with CI=true applies k8s/overlays/prod" grep -q "k8s/overlays/prod" "$STUB_LOG.kustomization.yaml"
fi

# ---------------------------------------------------------------- status / rollback / logs
if run "status" 0 -- staging status; then
  check "status: workloads, the operator's resources, rollout history, warning events" calls_are \
    "version --request-timeout=20s" \
    "-n helmsman get deployments,statefulsets,pods,hpa,pdb,ingress,cronjobs -l app.kubernetes.io/part-of=helmsman -o wide" \
    "-n helmsman get clusters.postgresql.cnpg.io,poolers.postgresql.cnpg.io,scheduledbackups.postgresql.cnpg.io,backups.postgresql.cnpg.io -o wide" \
    "-n helmsman rollout history deployment/helmsman" \
    "-n helmsman get events --sort-by=.lastTimestamp --field-selector type=Warning"
fi
if run "rollback" 0 -- prod rollback --to-revision 3; then
  check "rollback --to-revision 3: undo to 3, then wait" calls_are \
    "version --request-timeout=20s" \
    "-n helmsman rollout undo deployment/helmsman --to-revision=3" \
    "-n helmsman rollout status deployment/helmsman --timeout=600s"
fi
run "rollback fails" 6 STUB_FAIL="rollout undo" -- prod rollback && ok "failed rollout undo -> exit 6"
if run "logs" 0 -- dev logs --follow; then
  check "logs --follow: every app pod, all containers, streaming" calls_are \
    "version --request-timeout=20s" \
    "-n helmsman logs -l app.kubernetes.io/name=helmsman,app.kubernetes.io/component=app --all-containers --prefix --timestamps --tail=200 --max-log-requests=10 --follow"
fi

echo "deploy.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
