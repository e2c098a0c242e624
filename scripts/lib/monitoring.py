#!/usr/bin/python3
"""Helpers for scripts/test-infrastructure.sh: PromQL expressions out of the Grafana dashboards
and the alert rules, the metric names they use, the names in a real scrape, and a Prometheus
config that runs the production relabelling against a target on 127.0.0.1.

  monitoring.py dashboard-rules OUT.yml          every panel/variable expr as a recording rule
  monitoring.py used-metrics                     "metric<TAB>where" for rules + dashboards
  monitoring.py scrape-names SCRAPE.txt          metric names in a Prometheus text exposition
  monitoring.py local-prometheus-config OUTDIR HOST:PORT [ALERTMANAGER_HOST:PORT]
"""
import glob
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MON = os.path.join(ROOT, "monitoring")

# Grafana's variables, replaced by values PromQL accepts.
GRAFANA_VARS = [
    ("$__rate_interval", "2m"), ("$__interval", "1m"), ("$__range", "1h"),
    ("${namespace}", "helmsman"), ("$namespace", "helmsman"), ("${pod}", ".*"), ("$pod", ".*"),
]
KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
            "offset", "bool", "inf", "nan", "atan2", "le"}


def dashboards():
    for path in sorted(glob.glob(os.path.join(MON, "grafana", "dashboards", "*.json"))):
        with open(path) as f:
            yield path, json.load(f)


def dashboard_exprs():
    """(where, expr) for every panel target and every query variable."""
    for path, d in dashboards():
        name = os.path.basename(path)
        def panels(ps):
            for p in ps:
                yield p
                yield from panels(p.get("panels", []))
        for p in panels(d.get("panels", [])):
            for t in p.get("targets", []):
                if t.get("expr"):
                    yield f"{name} panel {p['id']} '{p.get('title')}' {t.get('refId')}", t["expr"]
        for v in d.get("templating", {}).get("list", []):
            q = v.get("query")
            q = q.get("query") if isinstance(q, dict) else q
            m = re.match(r"^label_values\((.*),\s*[a-zA-Z_]+\)$", q or "")
            if m:
                yield f"{name} variable {v['name']}", m.group(1)


def grafana_to_promql(expr):
    for k, v in GRAFANA_VARS:
        expr = expr.replace(k, v)
    return expr


def rule_exprs():
    for path in sorted(glob.glob(os.path.join(MON, "prometheus", "rules", "*.yml"))):
        with open(path) as f:
            doc = yaml.safe_load(f)
        for g in doc.get("groups", []):
            for r in g.get("rules", []):
                yield f"{os.path.basename(path)} {r.get('alert') or r.get('record')}", r["expr"]


def metric_names(expr):
    """Metric names in a PromQL expression: identifiers that are not functions, keywords, label
    names (inside {} or by/without/on/ignoring lists), or parts of strings and durations."""
    e = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expr)       # strings
    e = re.sub(r"\{[^}]*\}", " ", e)                                          # label matchers
    e = re.sub(r"\[[^\]]*\]", " ", e)                                         # ranges
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", e)
    e = re.sub(r"\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:ms|[smhdwy])?\b", " ", e)       # numbers, durations
    names = set()
    for m in re.finditer(r"[a-zA-Z_:][a-zA-Z0-9_:]*", e):
        ident = m.group(0)
        rest = e[m.end():].lstrip()
        if rest.startswith("("):                                              # function call
            continue
        if ident.lower() in KEYWORDS:
            continue
        names.add(ident)
    return names


def cmd_dashboard_rules(out):
    rules = []
    for i, (where, expr) in enumerate(dashboard_exprs()):
        rules.append({"record": f"dashboard:expr_{i}", "expr": grafana_to_promql(expr),
                      "labels": {"source": where[:200]}})
    with open(out, "w") as f:
        yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}, f, sort_keys=False)
    print(f"{len(rules)} dashboard expressions written to {out}")


def cmd_used_metrics():
    used = {}
    for where, expr in list(rule_exprs()) + [(w, grafana_to_promql(e)) for w, e in dashboard_exprs()]:
        for name in metric_names(expr):
            used.setdefault(name, where)
    for name in sorted(used):
        print(f"{name}\t{used[name]}")


def cmd_scrape_names(path):
    names = set()
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)", line)
            if m:
                names.add(m.group(1))
    for n in sorted(names):
        print(n)


def cmd_local_prometheus_config(outdir, target, alertmanager=None):
    """monitoring/prometheus/prometheus.yml with the kubernetes_sd_configs of job "helmsman"
    replaced by static targets that carry the labels Kubernetes pod discovery would give a
    Helmsman pod (so the production relabel_configs decide), rule_files pointed at copies of the
    rules, and Alertmanager at ALERTMANAGER_HOST:PORT (or none). Debian's Prometheus is built
    without Kubernetes discovery, so this is as close to production as it can run here."""
    with open(os.path.join(MON, "prometheus", "prometheus.yml")) as f:
        cfg = yaml.safe_load(f)
    rules_dir = os.path.join(outdir, "rules")
    os.makedirs(rules_dir, exist_ok=True)
    mounted = []
    for pattern in cfg.get("rule_files", []):
        assert pattern.startswith("/etc/prometheus/rules/"), f"unexpected rule_files entry {pattern}"
        mounted.append(pattern.replace("/etc/prometheus/rules/", rules_dir + "/"))
    for path in glob.glob(os.path.join(MON, "prometheus", "rules", "*.yml")):
        with open(path) as src, open(os.path.join(rules_dir, os.path.basename(path)), "w") as dst:
            dst.write(src.read())
    cfg["rule_files"] = mounted
    pod = {
        "__meta_kubernetes_namespace": "helmsman",
        "__meta_kubernetes_pod_name": "helmsman-7d9f8-local",
        "__meta_kubernetes_pod_label_app_kubernetes_io_name": "helmsman",
        "__meta_kubernetes_pod_label_app_kubernetes_io_component": "app",
        "__meta_kubernetes_pod_label_helmsman_app_environment": "test",
        "__meta_kubernetes_pod_annotation_prometheus_io_scrape": "true",
        "__meta_kubernetes_pod_node_name": "local",
    }
    host, port = target.rsplit(":", 1)
    for job in cfg["scrape_configs"]:
        if "kubernetes_sd_configs" in job:
            del job["kubernetes_sd_configs"]
            job["static_configs"] = [
                # the management port: kept
                {"targets": [target], "labels": dict(pod, __meta_kubernetes_pod_container_port_name="management")},
                # the same pod's http port: must be dropped by the relabelling
                {"targets": [f"{host}:1"], "labels": dict(pod, __meta_kubernetes_pod_container_port_name="http")},
                # another workload in the namespace: must be dropped
                {"targets": [f"{host}:2"], "labels": dict(pod, __meta_kubernetes_pod_label_app_kubernetes_io_name="postgresql",
                                                          __meta_kubernetes_pod_container_port_name="management")},
            ]
    cfg["scrape_configs"] = [j for j in cfg["scrape_configs"] if j["job_name"] == "helmsman"]
    for job in cfg["scrape_configs"]:
        # production keeps scrape_timeout 10s: a scrape may wait for the database (gauges that
        # query it) up to the pool's connection timeout
        job["scrape_interval"] = "10s"
        job["scrape_timeout"] = "10s"
    cfg["global"]["evaluation_interval"] = "2s"
    if alertmanager:
        cfg["alerting"]["alertmanagers"][0]["static_configs"] = [{"targets": [alertmanager]}]
    else:
        cfg.pop("alerting", None)
    with open(os.path.join(outdir, "prometheus.yml"), "w") as f:
        yaml.safe_dump(cfg, f, sort_keys=False)


def cmd_selftest():
    cases = {
        'sum by (pod, le) (rate(foo_seconds_bucket{job="x", uri!~"/a{1}"}[5m])) / on (pod) group_left bar': {"foo_seconds_bucket", "bar"},
        'absent(up{job="helmsman"} == 1)': {"up"},
        'increase(a_total[1h] offset 5m) > 0 and b unless c': {"a_total", "b", "c"},
        'histogram_quantile(0.95, sum without (instance) (rate(x_bucket[2m]))) > 2e-1': {"x_bucket"},
        'label_replace(m, "dst", "$1", "src", "(.*)")': {"m"},
    }
    for expr, want in cases.items():
        got = metric_names(expr)
        assert got == want, f"{expr}: got {sorted(got)}, want {sorted(want)}"
    print(f"metric-name extraction: {len(cases)} cases ok")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"selftest": cmd_selftest, "dashboard-rules": cmd_dashboard_rules, "used-metrics": cmd_used_metrics,
     "scrape-names": cmd_scrape_names, "local-prometheus-config": cmd_local_prometheus_config}[cmd](*args)
