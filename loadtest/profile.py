#!/usr/bin/env python3
"""Where the server's CPU went during a load run: reads `jfr print --events jdk.ExecutionSample` text (stdin) and prints
Markdown tables of the sampled stacks, by thread group, by what the request was doing (the first matching frame from
the bottom of the stack down wins), and by the package of the top frame. Usage:
  jfr print --events jdk.ExecutionSample --stack-depth 512 target/x.jfr | loadtest/profile.py
Start the app with JAVA_OPTS="-Xmx2g -XX:StartFlightRecording=filename=target/x.jfr,settings=default" (loadtest/run.sh)."""
import collections
import re
import sys

# What a sample was doing, judged by the frames it has (outermost categories first; first match from the top of this list).
ACTIVITIES = [
    ("sign-in (BCrypt)", ("BCrypt",)),
    ("database: JDBC driver and pool", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("database: Hibernate and Spring Data", ("org.hibernate.", "org.springframework.data.")),
    ("Vaadin: writing the response (changes, JSON)", ("com.vaadin.flow.server.communication.UidlWriter", "com.vaadin.flow.internal.JacksonCodec",
                                                     "com.vaadin.flow.internal.StateTree.collectChanges", "tools.jackson.")),
    ("Vaadin: bootstrap page / new UI", ("com.vaadin.flow.server.communication.JavaScriptBootstrapHandler", "com.vaadin.flow.server.BootstrapHandler",
                                         "IndexHtmlRequestHandler")),
    ("Helmsman views, components and services", ("app.helmsman.",)),
    ("Vaadin: router, components, state tree", ("com.vaadin.flow.",)),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("Tomcat and HTTP", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
]
THREADS = [("HTTP requests (Tomcat)", re.compile(r"http-nio|tomcat")), ("virtual threads / push", re.compile(r"^$|Virtual|ForkJoin")),
           ("scheduled jobs", re.compile(r"scheduling|task-|helmsman|reminder|calendar|planner", re.I))]


def ours(frame):
    """A frame of Helmsman's own views, components and services: not its servlet filters (they are on every request's
    stack) nor the launcher."""
    return frame.startswith("app.helmsman.") and "doFilter" not in frame and not frame.startswith("app.helmsman.Application.main")


def doing(frames):
    for name, marks in ACTIVITIES:
        for f in frames:
            if any(f.startswith(m) or m in f for m in marks) and (not f.startswith("app.helmsman.") or ours(f)):
                return name
    return "other (JDK, JIT-compiled glue)"


def events(stream):
    thread, frames, in_stack = None, [], False
    for line in stream:
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif s.startswith("sampledThread"):
            m = re.search(r'"([^"]*)"', s)
            thread = m.group(1) if m else ""
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
        elif in_stack and s and s != "...":
            frames.append(s.split("(")[0].split(" line:")[0])
        elif s == "}" and frames:
            yield thread or "", frames
            frames = []


def main():
    total = 0
    by_thread, by_activity, by_top, by_ours = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for thread, frames in events(sys.stdin):
        total += 1
        by_thread[next((name for name, rx in THREADS if rx.search(thread)), "other: " + re.sub(r"[-#]?\d+$", "", thread)[:40])] += 1
        by_activity[doing(frames)] += 1
        inner = next((f for f in frames if ours(f)), None)
        if inner:
            by_ours[inner.split("$$")[0]] += 1
        top = frames[0]
        by_top[".".join(top.split(".")[:3])] += 1
    if total == 0:
        sys.exit("no jdk.ExecutionSample events on stdin")
    for title, counter, limit in (("Thread", by_thread, 8), ("What the sample was doing", by_activity, 12), ("Top frame's package", by_top, 15),
                                 ("Innermost Helmsman method on the stack", by_ours, 15)):
        print(f"\n| {title} | Samples | Share |\n|---|---:|---:|")
        for name, n in counter.most_common(limit):
            print(f"| {name} | {n} | {100.0 * n / total:.1f} % |")
    print(f"\n{total} samples")


if __name__ == "__main__":
    main()
