#!/usr/bin/env bash
# Deploys Helmsman to a Kubernetes cluster with kustomize overlays (k8s/overlays/ENV).
#
# Usage: scripts/deploy.sh ENV ACTION [options]
#   ENV      dev | staging | prod   (development, production accepted)
#   ACTION   deploy    apply the overlay, wait for PostgreSQL, Redis and the app to roll out,
#                      smoke-test, and roll the app back automatically if either fails. Overlays
#                      with PostgreSQL on CloudNativePG (staging, prod) are applied in two steps:
#                      everything but the app, wait until the Cluster is Ready and the pooler and
#                      Redis are rolled out, then the app (which migrates the schema as it starts)
#            status    what runs, rollout history, autoscaler, recent events
#            rollback  undo the app Deployment to the previous (or --to-revision N) revision
#            logs      app logs from every pod (--follow to stream)
# Options:
#   --image-tag TAG    image tag to deploy (default: the overlay's); env IMAGE_TAG
#   --image NAME       image repository (default ghcr.io/helmsman-app/helmsman); env IMAGE_NAME
#   --context NAME     kubectl context (default: current); env KUBE_CONTEXT
#   --smoke-url URL    public base URL for the smoke test, e.g. https://helmsman.example.com;
#                      env SMOKE_URL (no smoke test when empty)
#   --timeout SECONDS  rollout timeout per workload (default 600); env ROLLOUT_TIMEOUT
#   --to-revision N    for rollback
#   --follow           for logs
#   --yes              do not ask before touching prod (CI sets CI=true, which implies it)
# Exit codes: 0 ok, 2 usage, 3 preflight failed (kubectl, cluster, operator, secrets), 4 rollout failed
# (rolled back), 5 smoke test failed (rolled back), 6 the rollback itself failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAMESPACE="helmsman"
APP_SELECTOR="app.kubernetes.io/name=helmsman,app.kubernetes.io/component=app"

usage() {
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
log() { printf '[deploy %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() {
  log "ERROR: $2"
  exit "$1"
}

[ $# -ge 2 ] || usage
case "$1" in
  dev | development) ENV=dev ;;
  staging) ENV=staging ;;
  prod | production) ENV=prod ;;
  *) log "unknown environment: $1" && usage ;;
esac
ACTION="$2"
shift 2

IMAGE_TAG="${IMAGE_TAG:-}"
IMAGE_NAME="${IMAGE_NAME:-ghcr.io/helmsman-app/helmsman}"
KUBE_CONTEXT="${KUBE_CONTEXT:-}"
SMOKE_URL="${SMOKE_URL:-}"
ROLLOUT_TIMEOUT="${ROLLOUT_TIMEOUT:-600}"
TO_REVISION=""
FOLLOW=false
YES=false
[ "${CI:-}" = "true" ] && YES=true
while [ $# -gt 0 ]; do
  case "$1" in
    --image-tag) IMAGE_TAG="${2:?}" && shift 2 ;;
    --image) IMAGE_NAME="${2:?}" && shift 2 ;;
    --context) KUBE_CONTEXT="${2:?}" && shift 2 ;;
    --smoke-url) SMOKE_URL="${2:?}" && shift 2 ;;
    --timeout) ROLLOUT_TIMEOUT="${2:?}" && shift 2 ;;
    --to-revision) TO_REVISION="${2:?}" && shift 2 ;;
    --follow) FOLLOW=true && shift ;;
    --yes) YES=true && shift ;;
    -h | --help) usage ;;
    *) log "unknown option: $1" && usage ;;
  esac
done
case "$ROLLOUT_TIMEOUT" in '' | *[!0-9]*) log "--timeout needs seconds" && usage ;; esac
case "$TO_REVISION" in *[!0-9]*) log "--to-revision needs a number" && usage ;; esac

OVERLAY="$ROOT/k8s/overlays/$ENV"
[ -f "$OVERLAY/kustomization.yaml" ] || fail 3 "no overlay at $OVERLAY"
# PostgreSQL on CloudNativePG (k8s/components/cloudnative-pg) or the plain StatefulSet (dev)
CNPG=false
grep -q 'components/cloudnative-pg$' "$OVERLAY/kustomization.yaml" && CNPG=true
CNPG_CRDS="clusters.postgresql.cnpg.io poolers.postgresql.cnpg.io scheduledbackups.postgresql.cnpg.io"

kc() {
  if [ -n "$KUBE_CONTEXT" ]; then
    kubectl --context "$KUBE_CONTEXT" "$@"
  else
    kubectl "$@"
  fi
}

preflight() {
  command -v kubectl >/dev/null 2>&1 || fail 3 "kubectl is not on PATH"
  kc version --request-timeout=20s >/dev/null 2>&1 || fail 3 "cannot reach the cluster (context: ${KUBE_CONTEXT:-current})"
}

rollback() {
  log "rolling back deployment/helmsman${TO_REVISION:+ to revision $TO_REVISION}"
  kc -n "$NAMESPACE" rollout undo deployment/helmsman ${TO_REVISION:+--to-revision="$TO_REVISION"} ||
    fail 6 "rollout undo failed"
  kc -n "$NAMESPACE" rollout status deployment/helmsman --timeout="${ROLLOUT_TIMEOUT}s" ||
    fail 6 "the rolled-back revision did not become ready either"
  log "rollback complete"
}

smoke_test() {
  [ -n "$SMOKE_URL" ] || {
    log "no --smoke-url: smoke test skipped"
    return 0
  }
  local path code attempt
  for path in /livez /readyz /; do
    code=000
    for attempt in $(seq 1 "${SMOKE_RETRIES:-6}"); do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${SMOKE_URL%/}$path" || true)"
      case "$code" in 2?? | 3??) break ;; esac
      log "smoke $path answered $code (attempt $attempt)"
      sleep "${SMOKE_INTERVAL:-5}"
    done
    case "$code" in
      2?? | 3??) log "smoke $path: $code" ;;
      *) return 1 ;;
    esac
  done
  # Metrics stay inside the cluster: the public URL must not serve them. (Vaadin answers unknown
  # paths with its bootstrap page, so the status code alone says nothing: look at the body.)
  if curl -s --max-time 10 "${SMOKE_URL%/}/actuator/prometheus" | grep -q '^# TYPE '; then
    log "smoke: /actuator/prometheus is publicly reachable"
    return 1
  fi
  return 0
}

deploy() {
  if [ "$ENV" = prod ] && ! $YES; then
    local answer
    read -r -p "Deploy ${IMAGE_TAG:-the overlay tag} to PRODUCTION? [y/N] " answer || answer=""
    [ "$answer" = y ] || [ "$answer" = Y ] || fail 2 "cancelled"
  fi
  preflight
  local secret secrets=(helmsman-secrets helmsman-postgres helmsman-redis)
  if $CNPG; then
    # shellcheck disable=SC2086 # one argument per CRD
    kc get crd $CNPG_CRDS >/dev/null 2>&1 ||
      fail 3 "the CloudNativePG operator's CRDs ($CNPG_CRDS) are missing: install the operator first (docs/deployment.md)"
    kc -n cnpg-system rollout status deployment/cnpg-controller-manager --timeout=120s >/dev/null 2>&1 ||
      fail 3 "the CloudNativePG operator (cnpg-system/cnpg-controller-manager) is not running"
    secrets=(helmsman-secrets helmsman-db-app helmsman-backup-s3 helmsman-redis)
  fi
  for secret in "${secrets[@]}"; do
    kc -n "$NAMESPACE" get secret "$secret" >/dev/null 2>&1 ||
      fail 3 "secret $NAMESPACE/$secret is missing: create it first (docs/deployment.md, k8s/base/secret-template.yaml)"
  done

  # A throw-away overlay on top of the environment's, setting the image tag. kustomize wants
  # a relative path to the base.
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  {
    echo "apiVersion: kustomize.config.k8s.io/v1beta1"
    echo "kind: Kustomization"
    echo "resources:"
    echo "  - $(realpath --relative-to="$work" "$OVERLAY")"
    if [ -n "$IMAGE_TAG" ]; then
      echo "images:"
      echo "  - name: ghcr.io/helmsman-app/helmsman"
      echo "    newName: $IMAGE_NAME"
      echo "    newTag: \"$IMAGE_TAG\""
    fi
  } >"$work/kustomization.yaml"

  if $CNPG; then
    # The database first: everything but the app's own objects, then wait for the operator's
    # Cluster (primary and replica streaming), its pooler and Redis; only then the app.
    log "applying $ENV overlay without the app"
    kc apply -k "$work" --selector 'app.kubernetes.io/component!=app' || fail 3 "kubectl apply failed (nothing rolled out)"
    log "waiting for the CloudNativePG cluster, its pooler and Redis"
    kc -n "$NAMESPACE" wait cluster/helmsman-db --for=condition=Ready --timeout="${ROLLOUT_TIMEOUT}s" ||
      fail 4 "the CloudNativePG cluster helmsman-db did not become Ready (the app was not touched)"
    kc -n "$NAMESPACE" rollout status deployment/helmsman-db-pooler-rw --timeout="${ROLLOUT_TIMEOUT}s" ||
      fail 4 "the pooler helmsman-db-pooler-rw did not become ready (the app was not touched)"
    kc -n "$NAMESPACE" rollout status deployment/redis --timeout="${ROLLOUT_TIMEOUT}s" ||
      fail 4 "Redis did not become ready (the app was not touched)"
    log "applying $ENV overlay${IMAGE_TAG:+ with image $IMAGE_NAME:$IMAGE_TAG}"
    kc apply -k "$work" || fail 3 "kubectl apply failed (the app was not rolled out)"
  else
    log "applying $ENV overlay${IMAGE_TAG:+ with image $IMAGE_NAME:$IMAGE_TAG}"
    kc apply -k "$work" || fail 3 "kubectl apply failed (nothing rolled out)"

    log "waiting for PostgreSQL and Redis"
    kc -n "$NAMESPACE" rollout status statefulset/postgresql --timeout="${ROLLOUT_TIMEOUT}s" ||
      fail 4 "PostgreSQL did not become ready (the app was not touched further)"
    kc -n "$NAMESPACE" rollout status deployment/redis --timeout="${ROLLOUT_TIMEOUT}s" ||
      fail 4 "Redis did not become ready"
  fi

  log "waiting for the app"
  if ! kc -n "$NAMESPACE" rollout status deployment/helmsman --timeout="${ROLLOUT_TIMEOUT}s"; then
    log "app rollout failed"
    rollback
    exit 4
  fi
  if ! smoke_test; then
    log "smoke test failed"
    rollback
    exit 5
  fi
  log "deployed $ENV${IMAGE_TAG:+ ($IMAGE_TAG)}"
}

status() {
  preflight
  kc -n "$NAMESPACE" get deployments,statefulsets,pods,hpa,pdb,ingress,cronjobs -l app.kubernetes.io/part-of=helmsman -o wide
  if $CNPG; then
    kc -n "$NAMESPACE" get clusters.postgresql.cnpg.io,poolers.postgresql.cnpg.io,scheduledbackups.postgresql.cnpg.io,backups.postgresql.cnpg.io -o wide
  fi
  kc -n "$NAMESPACE" rollout history deployment/helmsman
  kc -n "$NAMESPACE" get events --sort-by=.lastTimestamp --field-selector type=Warning
}

logs() {
  preflight
  local follow=()
  $FOLLOW && follow=(--follow)
  kc -n "$NAMESPACE" logs -l "$APP_SELECTOR" --all-containers --prefix --timestamps --tail=200 \
    --max-log-requests=10 "${follow[@]}"
}

case "$ACTION" in
  deploy) deploy ;;
  status) status ;;
  rollback)
    preflight
    rollback
    ;;
  logs) logs ;;
  *) log "unknown action: $ACTION" && usage ;;
esac
