#!/usr/bin/env python3
# Generates the five Grafana dashboards in ./dashboards (the committed JSON is what Grafana loads).
# Edit here, run `python3 monitoring/grafana/generate-dashboards.py`, commit both. Every metric a
# panel uses must exist in a real scrape of the app: scripts/test-infrastructure.sh --app-jar checks it.
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dashboards')
DS = {"type": "prometheus", "uid": "prometheus"}
J = 'job="helmsman", namespace="$namespace", pod=~"$pod"'

def templating():
    return {"list": [
        {"name": "namespace", "label": "Namespace", "type": "query", "datasource": DS,
         "query": {"query": 'label_values(up{job="helmsman"}, namespace)', "refId": "namespace"},
         "definition": 'label_values(up{job="helmsman"}, namespace)',
         "refresh": 2, "includeAll": False, "multi": False, "current": {}, "sort": 1},
        {"name": "pod", "label": "Pod", "type": "query", "datasource": DS,
         "query": {"query": 'label_values(up{job="helmsman", namespace="$namespace"}, pod)', "refId": "pod"},
         "definition": 'label_values(up{job="helmsman", namespace="$namespace"}, pod)',
         "refresh": 2, "includeAll": True, "multi": True, "allValue": ".*", "current": {}, "sort": 1},
    ]}

class D:
    def __init__(self, uid, title, desc, tags):
        self.uid, self.title, self.desc, self.tags = uid, title, desc, tags
        self.panels, self.id, self.y, self.x, self.rowh = [], 0, 0, 0, 0
    def row(self, title):
        if self.x: self.y += self.rowh; self.x = 0; self.rowh = 0
        self.id += 1
        self.panels.append({"id": self.id, "type": "row", "title": title, "collapsed": False,
                            "gridPos": {"h": 1, "w": 24, "x": 0, "y": self.y}, "panels": []})
        self.y += 1
    def panel(self, kind, title, targets, w=12, h=8, unit="short", desc="", thresholds=None, extra=None):
        if self.x + w > 24: self.y += self.rowh; self.x = 0; self.rowh = 0
        self.id += 1
        steps = [{"color": "green", "value": None}] + [{"color": c, "value": v} for v, c in (thresholds or [])]
        p = {"id": self.id, "type": kind, "title": title, "description": desc, "datasource": DS,
             "gridPos": {"h": h, "w": w, "x": self.x, "y": self.y},
             "fieldConfig": {"defaults": {"unit": unit, "thresholds": {"mode": "absolute", "steps": steps}},
                             "overrides": []},
             "options": {},
             "targets": [{"refId": chr(65 + i), "datasource": DS, "expr": e, "legendFormat": l, "range": True}
                         for i, (e, l) in enumerate(targets)]}
        if kind == "timeseries":
            p["fieldConfig"]["defaults"]["custom"] = {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 10,
                "showPoints": "never", "spanNulls": False,
                "thresholdsStyle": {"mode": "line" if thresholds else "off"}}
            p["options"] = {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
                            "tooltip": {"mode": "multi", "sort": "desc"}}
        if kind == "stat":
            p["options"] = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                            "colorMode": "value", "graphMode": "area", "textMode": "auto"}
        if extra: p.update(extra)
        self.panels.append(p)
        self.x += w; self.rowh = max(self.rowh, h)
    def write(self):
        d = {"uid": self.uid, "title": self.title, "description": self.desc, "tags": ["helmsman"] + self.tags,
             "editable": False, "graphTooltip": 1, "schemaVersion": 39, "version": 1, "refresh": "30s",
             "time": {"from": "now-6h", "to": "now"}, "timezone": "utc", "templating": templating(),
             "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"},
                 "enable": True, "hide": True, "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts",
                 "type": "dashboard"}]},
             "links": [{"type": "dashboards", "tags": ["helmsman"], "asDropdown": True, "title": "Helmsman"}],
             "panels": self.panels}
        with open(os.path.join(OUT, self.uid + '.json'), 'w') as f:
            json.dump(d, f, indent=2); f.write('\n')

R = '$__rate_interval'

# The app's ERROR lines in Loki (monitoring/logging/config.alloy makes level a label), as an Explore link for the
# dashboard's time range; scripts/test-infrastructure.sh parses the query with Grafana's LogQL grammar.
LOKI_ERROR_QUERY = '{namespace="$namespace", app="helmsman", level="ERROR"}'

def explore_errors_url():
    from urllib.parse import quote
    pane = {"logs": {"datasource": "loki", "queries": [{"refId": "A", "datasource": {"type": "loki", "uid": "loki"},
            "expr": LOKI_ERROR_QUERY, "queryType": "range"}], "range": {"from": "@FROM@", "to": "@TO@"}}}
    panes = quote(json.dumps(pane, separators=(",", ":")), safe="")
    panes = panes.replace(quote("$namespace"), "${namespace}").replace("%40FROM%40", "${__from}").replace("%40TO%40", "${__to}")
    return "/explore?schemaVersion=1&orgId=1&panes=" + panes
HTTP = f'http_server_requests_seconds_count{{{J}}}'
NOPUSH = f'{J}, uri!~"/VAADIN/push.*"'

# 1 ------------------------------------------------------------------ overview
d = D("helmsman-overview", "Helmsman / Application overview",
      "Golden signals and business metrics of the Helmsman app. SLOs: 99.9 % availability, p95 < 200 ms, < 0.1 % 5xx.",
      ["overview"])
d.row("Golden signals")
d.panel("stat", "Instances up", [(f'sum(up{{{J}}})', "up")], w=4, h=4,
        desc="Targets of job helmsman whose last scrape succeeded.", thresholds=[])
d.panel("stat", "Requests / s", [(f'sum(rate({HTTP}[{R}]))', "req/s")], w=5, h=4, unit="reqps")
d.panel("stat", "5xx ratio", [(f'sum(rate(http_server_requests_seconds_count{{{J}, status=~"5.."}}[{R}])) / sum(rate({HTTP}[{R}]))', "5xx")],
        w=5, h=4, unit="percentunit", thresholds=[(0.001, "red")], desc="SLO: below 0.1 %.")
d.panel("stat", "p95 response time", [(f'histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket{{{NOPUSH}}}[{R}])))', "p95")],
        w=5, h=4, unit="s", thresholds=[(0.2, "orange"), (2, "red")], desc="Push requests left out. SLO: below 200 ms; alert above 2 s.")
d.panel("stat", "Signed-up users", [('max(helmsman_accounts_users{job="helmsman", namespace="$namespace"})', "users")], w=5, h=4)
d.panel("timeseries", "Requests / s by status", [(f'sum by (status) (rate({HTTP}[{R}]))', "{{status}}")], unit="reqps")
d.panel("timeseries", "Response time percentiles (Push left out)", [
    (f'histogram_quantile(0.50, sum by (le) (rate(http_server_requests_seconds_bucket{{{NOPUSH}}}[{R}])))', "p50"),
    (f'histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket{{{NOPUSH}}}[{R}])))', "p95"),
    (f'histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{{{NOPUSH}}}[{R}])))', "p99")],
    unit="s", thresholds=[(0.2, "orange"), (2, "red")])
d.panel("timeseries", "5xx ratio vs SLO (0.1 %)", [
    (f'sum(rate(http_server_requests_seconds_count{{{J}, status=~"5.."}}[{R}])) / sum(rate({HTTP}[{R}]))', "5xx ratio")],
    unit="percentunit", thresholds=[(0.001, "red")])
d.panel("timeseries", "Busiest URIs", [(f'topk(10, sum by (uri) (rate({HTTP}[{R}])))', "{{uri}}")], unit="reqps")
d.row("Accounts")
d.panel("timeseries", "Sign-ins by method and outcome", [
    (f'sum by (method, outcome) (rate(helmsman_accounts_logins_total{{{J}}}[{R}]))', "{{method}} {{outcome}}")],
    unit="ops", w=12)
d.panel("timeseries", "Sign-in failure ratio", [
    (f'sum(rate(helmsman_accounts_logins_total{{{J}, outcome=~"failure|locked"}}[{R}])) / sum(rate(helmsman_accounts_logins_total{{{J}}}[{R}]))', "failed or locked")],
    unit="percentunit", w=6)
d.panel("timeseries", "Sign-ups per hour", [(f'sum(increase(helmsman_accounts_signups_total{{{J}}}[1h]))', "sign-ups")], w=6)
d.row("Tasks and people")
d.panel("timeseries", "Tasks created and completed per hour", [
    (f'sum(increase(helmsman_tasks_added_total{{{J}}}[1h]))', "created"),
    (f'sum(increase(helmsman_tasks_completed_total{{{J}}}[1h]))', "completed")], w=12)
d.panel("timeseries", "People with an open view", [(f'sum(helmsman_live_users_active{{{J}}})', "people")], w=12,
        desc="Summed over pods: a person with tabs on two pods counts twice.")
d.row("Calendar sync")
d.panel("timeseries", "Calendar syncs by provider and outcome", [
    (f'sum by (provider, outcome) (rate(helmsman_calendar_sync_total{{{J}}}[{R}]))', "{{provider}} {{outcome}}")], unit="ops", w=8)
d.panel("timeseries", "Calendar sync failure ratio", [
    (f'sum(rate(helmsman_calendar_sync_total{{{J}, outcome!="success"}}[{R}])) / sum(rate(helmsman_calendar_sync_total{{{J}}}[{R}]))', "failed")],
    unit="percentunit", w=8, thresholds=[(0.25, "red")], desc="Alert HelmsmanCalendarSyncFailing above 25 % for 30 minutes.")
d.panel("timeseries", "Calendar sync p95 duration", [
    (f'histogram_quantile(0.95, sum by (le, provider) (rate(helmsman_calendar_sync_duration_seconds_bucket{{{J}}}[{R}])))', "{{provider}}")],
    unit="s", w=8, thresholds=[(5, "orange")], desc="Target: under 5 s.")
d.panel("timeseries", "Calendars by state", [(f'max by (state) (helmsman_calendar_sources{{{J}}})', "{{state}}")], w=24,
        desc="The same count on every pod (read from the database after each round): max, not sum.")
# Logs (issue 18, ADR 0033): from a failing request's metrics to its lines in Loki
d.row("Logs")
LOKI_ERRORS = 'sum by (uri, status) (rate(http_server_requests_seconds_count{' + J + ', status=~"5.."}[' + R + ']))'
d.panel("timeseries", "Failing requests (5xx / s by URI): open a point for the error logs", [(LOKI_ERRORS, "{{status}} {{uri}}")],
        unit="reqps", w=24, thresholds=[],
        desc="Each link opens Explore on the Loki datasource with the app's ERROR lines of this namespace in the "
             "dashboard's time range; a line's trace id (X-Request-Id of the response) then shows all lines of its request.",
        extra={"links": [{"title": "Error logs in Explore", "url": explore_errors_url(), "targetBlank": False}]})
d.panels[-1]["fieldConfig"]["defaults"]["links"] = [
    {"title": "Error logs of the app in this time range", "url": explore_errors_url(), "targetBlank": False}]
d.write()

# 2 ------------------------------------------------------------------ infrastructure
d = D("helmsman-infrastructure", "Helmsman / Infrastructure",
      "CPU, memory, GC, threads, file descriptors and disk of every Helmsman pod (as the JVM sees them: CPU relative to the container limit).",
      ["infrastructure"])
d.row("CPU")
d.panel("timeseries", "Process CPU (share of the container limit)", [(f'process_cpu_usage{{{J}}}', "{{pod}}")], unit="percentunit", thresholds=[(0.8, "red")])
d.panel("timeseries", "Node CPU (as seen by the pod)", [(f'system_cpu_usage{{{J}}}', "{{pod}}")], unit="percentunit")
d.row("Memory")
d.panel("timeseries", "Heap used / max", [
    (f'sum by (pod) (jvm_memory_used_bytes{{{J}, area="heap"}}) / sum by (pod) (jvm_memory_max_bytes{{{J}, area="heap"}} > 0)', "{{pod}}")],
    unit="percentunit", thresholds=[(0.8, "red")])
d.panel("timeseries", "JVM memory by area", [
    (f'sum by (pod, area) (jvm_memory_used_bytes{{{J}}})', "{{pod}} {{area}} used"),
    (f'sum by (pod, area) (jvm_memory_committed_bytes{{{J}}})', "{{pod}} {{area}} committed")], unit="bytes")
d.panel("timeseries", "GC pause time / s", [(f'sum by (pod, cause) (rate(jvm_gc_pause_seconds_sum{{{J}}}[{R}]))', "{{pod}} {{cause}}")], unit="s")
d.panel("timeseries", "GC pauses / s", [(f'sum by (pod) (rate(jvm_gc_pause_seconds_count{{{J}}}[{R}]))', "{{pod}}")], unit="ops")
d.row("Threads, files, disk, uptime")
d.panel("timeseries", "Live threads", [(f'jvm_threads_live_threads{{{J}}}', "{{pod}}")], w=8)
d.panel("timeseries", "Open file descriptors / max", [(f'process_files_open_files{{{J}}} / process_files_max_files{{{J}}}', "{{pod}}")], unit="percentunit", w=8)
d.panel("timeseries", "Disk used (/tmp)", [(f'1 - disk_free_bytes{{{J}}} / disk_total_bytes{{{J}}}', "{{pod}} {{path}}")], unit="percentunit", w=8, thresholds=[(0.85, "red")])
d.panel("timeseries", "Uptime", [(f'process_uptime_seconds{{{J}}}', "{{pod}}")], unit="s", w=12)
d.panel("timeseries", "JVM starts in the last hour (restarts)", [(f'changes(process_start_time_seconds{{{J}}}[1h])', "{{pod}}")], w=12)
d.write()

# 3 ------------------------------------------------------------------ database
d = D("helmsman-database", "Helmsman / Database",
      "PostgreSQL as the app sees it (the HikariCP pool of every pod: connections, waiters, acquire and usage times, timeouts) and "
      "as CloudNativePG's instances report it (statements from pg_stat_statements, replication).",
      ["database"])
d.row("Connection pool")
d.panel("timeseries", "Connections by state", [
    (f'sum by (pod) (hikaricp_connections_active{{{J}}})', "{{pod}} active"),
    (f'sum by (pod) (hikaricp_connections_idle{{{J}}})', "{{pod}} idle"),
    (f'sum by (pod) (hikaricp_connections_max{{{J}}})', "{{pod}} max")])
d.panel("timeseries", "Threads waiting for a connection", [(f'sum by (pod) (hikaricp_connections_pending{{{J}}})', "{{pod}}")], thresholds=[(1, "orange")])
d.panel("stat", "Connections in use (all pods)", [(f'sum(hikaricp_connections_active{{{J}}})', "active")], w=6, h=4)
d.panel("stat", "Pool usage", [(f'sum(hikaricp_connections_active{{{J}}}) / sum(hikaricp_connections_max{{{J}}})', "usage")],
        w=6, h=4, unit="percentunit", thresholds=[(0.9, "red")])
d.panel("stat", "Connection timeouts (1 h)", [(f'sum(increase(hikaricp_connections_timeout_total{{{J}}}[1h]))', "timeouts")], w=6, h=4, thresholds=[(1, "red")])
d.panel("stat", "DataSource max connections per pod", [(f'max(jdbc_connections_max{{{J}}})', "max")], w=6, h=4)
d.row("Timing")
d.panel("timeseries", "Mean time to acquire a connection", [
    (f'sum by (pod) (rate(hikaricp_connections_acquire_seconds_sum{{{J}}}[{R}])) / sum by (pod) (rate(hikaricp_connections_acquire_seconds_count{{{J}}}[{R}]))', "{{pod}}")], unit="s")
d.panel("timeseries", "Mean time a connection is held (query + transaction time)", [
    (f'sum by (pod) (rate(hikaricp_connections_usage_seconds_sum{{{J}}}[{R}])) / sum by (pod) (rate(hikaricp_connections_usage_seconds_count{{{J}}}[{R}]))', "{{pod}}")], unit="s")
d.panel("timeseries", "Connections created / s", [(f'sum by (pod) (rate(hikaricp_connections_creation_seconds_count{{{J}}}[{R}]))', "{{pod}}")], unit="ops")
d.panel("timeseries", "Connection timeouts / s", [(f'sum by (pod) (rate(hikaricp_connections_timeout_total{{{J}}}[{R}]))', "{{pod}}")], unit="ops")
# CloudNativePG's instances (job helmsman-db): Helmsman's queries in k8s/components/cloudnative-pg/monitoring-queries.yaml,
# prefixed cnpg_ by the operator; scripts/lib/postgres-exporter-check.sh checks every name against a real scrape.
DB = 'job="helmsman-db", namespace="$namespace"'
d.row("Query performance (pg_stat_statements, CloudNativePG)")
d.panel("timeseries", "Top 10 statements by total time", [
    (f'topk(10, sum by (query) (rate(cnpg_helmsman_statements_total_exec_time_seconds{{{DB}}}[{R}])))', "{{query}}")], unit="s",
    desc="Seconds of execution per second, per normalised statement (the 20 costliest of each instance are exported).")
d.panel("timeseries", "Top 10 statements by calls", [
    (f'topk(10, sum by (query) (rate(cnpg_helmsman_statements_calls{{{DB}}}[{R}])))', "{{query}}")], unit="ops")
d.panel("timeseries", "Top 10 statements by mean time", [
    (f'topk(10, max by (query) (cnpg_helmsman_statements_mean_exec_time_seconds{{{DB}}}))', "{{query}}")], unit="s",
    desc="Mean of one run since the statistics were reset.")
d.panel("timeseries", "All statements: runs / s and execution time / s", [
    (f'sum by (pod) (rate(cnpg_helmsman_statements_all_calls{{{DB}}}[{R}]))', "{{pod}} runs / s"),
    (f'sum by (pod) (rate(cnpg_helmsman_statements_all_exec_time_seconds{{{DB}}}[{R}]))', "{{pod}} seconds / s")])
d.row("Replication (CloudNativePG)")
d.panel("timeseries", "Standby replay lag (seen from the primary)", [
    (f'max by (standby) (cnpg_helmsman_replication_replay_lag_seconds{{{DB}}})', "{{standby}}")], unit="s", w=8,
    thresholds=[(30, "red")], desc="Alert HelmsmanDatabaseReplicationLagging above 30 s for 5 minutes.")
d.panel("timeseries", "WAL a standby has yet to replay", [
    (f'max by (standby) (cnpg_helmsman_replication_replay_lag_bytes{{{DB}}})', "{{standby}}")], unit="bytes", w=8)
d.panel("timeseries", "Standby lag (on the standby)", [
    (f'max by (pod) (cnpg_helmsman_instance_standby_lag_seconds{{{DB}}})', "{{pod}}")], unit="s", w=8,
    desc="Age of the last replayed transaction while WAL waits to be replayed; 0 when caught up.")
d.panel("stat", "Streaming standbys", [(f'max(cnpg_helmsman_instance_streaming_standbys{{{DB}}})', "standbys")], w=8, h=4,
        thresholds=[], desc="Alert HelmsmanDatabaseNoStandby below 1 for 10 minutes.")
d.panel("stat", "Instances in recovery (standbys)", [(f'sum(cnpg_helmsman_instance_in_recovery{{{DB}}})', "standbys")], w=8, h=4)
d.panel("stat", "Standbys receiving WAL", [(f'sum(cnpg_helmsman_instance_wal_receiver_up{{{DB}}})', "receivers")], w=8, h=4)
d.write()

# 4 ------------------------------------------------------------------ realtime
PUSH = f'{J}, uri=~"/VAADIN/push.*"'
VAADIN = f'{J}, uri="/?v-r=uidl"'
d = D("helmsman-realtime", "Helmsman / Real-time (Push)",
      "Push connections, live-update fan-out (commit to the view's update; target p95 under 50 ms across pods), "
      "Vaadin sessions and UI round trips. The app tags Push requests uri=/VAADIN/push, UI round trips uri=/?v-r=uidl, "
      "static resources uri=/VAADIN/** and page loads uri=/**.",
      ["realtime"])
d.row("Live updates")
d.panel("timeseries", "Push connections and open tabs per pod", [
    (f'sum by (pod) (helmsman_live_push_connections{{{J}}})', "{{pod}} push"),
    (f'sum by (pod) (helmsman_live_ui_active{{{J}}})', "{{pod}} open tabs")],
    desc="Open tabs without Push connections mean live updates are not arriving (alert HelmsmanPushConnectionsDropped).")
d.panel("timeseries", "Fan-out latency (commit to view update)", [
    (f'histogram_quantile(0.50, sum by (le) (rate(helmsman_live_fanout_latency_seconds_bucket{{{J}}}[{R}])))', "p50"),
    (f'histogram_quantile(0.95, sum by (le) (rate(helmsman_live_fanout_latency_seconds_bucket{{{J}}}[{R}])))', "p95"),
    (f'histogram_quantile(0.99, sum by (le) (rate(helmsman_live_fanout_latency_seconds_bucket{{{J}}}[{R}])))', "p99")],
    unit="s", thresholds=[(0.05, "orange")], desc="Includes the 250 ms coalescing window of each tab.")
d.panel("timeseries", "Live hints published and delivered / s by topic", [
    (f'sum by (topic) (rate(helmsman_live_hints_published_total{{{J}}}[{R}]))', "published {{topic}}"),
    (f'sum by (topic) (rate(helmsman_live_hints_delivered_total{{{J}}}[{R}]))', "delivered {{topic}}")], unit="ops")
d.panel("timeseries", "Redis reconnects and dropped hints", [
    (f'sum by (pod) (increase(helmsman_live_redis_reconnects_total{{{J}}}[1h]))', "{{pod}} reconnects (1 h)"),
    (f'sum by (reason) (increase(helmsman_live_hints_dropped_total{{{J}}}[1h]))', "dropped: {{reason}} (1 h)")])
d.row("Sessions and held requests")
d.panel("timeseries", "Open HTTP sessions per pod (one per browser with a Vaadin UI)",
        [(f'sum by (pod) (tomcat_sessions_active_current_sessions{{{J}}})', "{{pod}}")])
d.panel("timeseries", "In-flight requests per pod (held Push long-polls included)",
        [(f'sum by (pod) (http_server_requests_active_seconds_gcount{{{J}}})', "{{pod}}")])
d.panel("timeseries", "Longest in-flight request", [(f'max by (pod) (http_server_requests_active_seconds_max{{{J}}})', "{{pod}}")], unit="s")
d.panel("timeseries", "Sessions created and expired / min", [
    (f'sum(rate(tomcat_sessions_created_sessions_total{{{J}}}[{R}])) * 60', "created"),
    (f'sum(rate(tomcat_sessions_expired_sessions_total{{{J}}}[{R}])) * 60', "expired")])
d.row("Vaadin traffic")
d.panel("timeseries", "UI round trips (UIDL) / s by status",
        [(f'sum by (status) (rate(http_server_requests_seconds_count{{{VAADIN}}}[{R}]))', "{{status}}")], unit="reqps")
d.panel("timeseries", "UI round trip mean duration", [
    (f'sum by (pod) (rate(http_server_requests_seconds_sum{{{VAADIN}}}[{R}])) / sum by (pod) (rate(http_server_requests_seconds_count{{{VAADIN}}}[{R}]))', "{{pod}}")], unit="s")
d.panel("timeseries", "Push requests / s by status",
        [(f'sum by (status) (rate(http_server_requests_seconds_count{{{PUSH}}}[{R}]))', "{{status}}")], unit="reqps")
d.panel("timeseries", "Live threads (Tomcat holds one per open request)", [(f'jvm_threads_live_threads{{{J}}}', "{{pod}}")])
d.write()

# 5 ------------------------------------------------------------------ AI assist
d = D("helmsman-ai", "Helmsman / AI assist",
      "Brain dump extraction, break it down and suggestions: requests by who answered (provider or offline helper), latency, "
      "provider errors, fallbacks by reason, tokens and estimated cost (at HELMSMAN_ASSIST_*_PRICE_PER1K). Alerts: "
      "HelmsmanAiErrorRateHigh, HelmsmanAiBudgetSpent.",
      ["ai"])
d.row("Requests")
d.panel("timeseries", "Requests / s by feature and who answered", [
    (f'sum by (feature, origin) (rate(helmsman_assist_requests_total{{{J}}}[{R}]))', "{{feature}} {{origin}}")], unit="reqps")
d.panel("timeseries", "Request latency p95 by feature (asked to answered)", [
    (f'histogram_quantile(0.95, sum by (le, feature) (rate(helmsman_assist_latency_seconds_bucket{{{J}}}[{R}])))', "{{feature}}")], unit="s")
d.panel("stat", "Requests in flight", [(f'sum(helmsman_assist_in_flight{{{J}}})', "in flight")], w=6, h=4)
d.panel("stat", "Answered by the provider (1 h)", [
    (f'sum(increase(helmsman_assist_requests_total{{{J}, origin="provider"}}[1h])) / sum(increase(helmsman_assist_requests_total{{{J}}}[1h]))', "provider")],
    w=6, h=4, unit="percentunit")
d.panel("stat", "Tokens (24 h)", [(f'sum(increase(helmsman_assist_tokens_total{{{J}}}[1d]))', "tokens")], w=6, h=4,
        desc="Tokens in the last 24 hours; the ops console's \"AI today\" has the exact daily totals.")
d.panel("stat", "Estimated cost (24 h)", [(f'sum(increase(helmsman_assist_cost_usd_total{{{J}}}[1d]))', "USD")], w=6, h=4, unit="currencyUSD")
d.row("Provider")
d.panel("timeseries", "Provider call latency p50 / p95", [
    (f'histogram_quantile(0.50, sum by (le) (rate(helmsman_assist_provider_latency_seconds_bucket{{{J}}}[{R}])))', "p50"),
    (f'histogram_quantile(0.95, sum by (le) (rate(helmsman_assist_provider_latency_seconds_bucket{{{J}}}[{R}])))', "p95")], unit="s")
d.panel("timeseries", "Provider errors / s by kind", [
    (f'sum by (kind) (rate(helmsman_assist_errors_total{{{J}}}[{R}]))', "{{kind}}")], unit="ops")
d.panel("timeseries", "Provider error ratio", [
    (f'sum(rate(helmsman_assist_errors_total{{{J}}}[{R}])) / (sum(rate(helmsman_assist_errors_total{{{J}}}[{R}])) + sum(rate(helmsman_assist_provider_latency_seconds_count{{{J}}}[{R}])))', "failed")],
    unit="percentunit", thresholds=[(0.2, "red")], desc="Alert HelmsmanAiErrorRateHigh above 20 % for 10 minutes (with at least 5 failures).")
d.panel("timeseries", "Fallbacks to the offline helper / s by reason", [
    (f'sum by (reason) (rate(helmsman_assist_fallbacks_total{{{J}}}[{R}]))', "{{reason}}")], unit="ops",
    desc="budget_spent: a person's daily token allowance (HELMSMAN_ASSIST_DAILY_TOKENS) is used up; alert HelmsmanAiBudgetSpent.")
d.row("Tokens and cost")
d.panel("timeseries", "Tokens per hour by feature and direction", [
    (f'sum by (feature, direction) (increase(helmsman_assist_tokens_total{{{J}}}[1h]))', "{{feature}} {{direction}}")])
d.panel("timeseries", "Estimated cost per hour by feature", [
    (f'sum by (feature) (increase(helmsman_assist_cost_usd_total{{{J}}}[1h]))', "{{feature}}")], unit="currencyUSD")
d.write()
