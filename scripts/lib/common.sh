#!/usr/bin/env bash
# Shared helpers for scripts/*.sh (sourced, not run).

# Where installed tools and caches live: outside the repository, kept between runs.
HELMSMAN_TOOLS_DIR="${HELMSMAN_TOOLS_DIR:-${HOME:-/root}/.cache/helmsman-infra-tools}"
export HELMSMAN_TOOLS_DIR

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# apt_ensure CMD:PACKAGE... -- installs the Debian packages whose command is missing.
apt_ensure() {
  local pair cmd pkg missing=()
  for pair in "$@"; do
    cmd="${pair%%:*}"
    pkg="${pair#*:}"
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ ! -f "$HELMSMAN_TOOLS_DIR/.apt-updated" ] || [ -n "$(find "$HELMSMAN_TOOLS_DIR/.apt-updated" -mmin +1440 2>/dev/null)" ]; then
    $sudo apt-get update -qq >&2 || die "apt-get update failed"
    mkdir -p "$HELMSMAN_TOOLS_DIR" && touch "$HELMSMAN_TOOLS_DIR/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
    die "apt-get install ${missing[*]} failed"
}

# java25 -- prints a JAVA_HOME of a JDK 25 (JAVA_HOME if it is one, else /usr/lib/jvm/*).
java25_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    if [ -z "$candidate" ] || [ ! -x "$candidate/bin/jlink" ]; then continue; fi
    if "$candidate/bin/java" -version 2>&1 | grep -q 'version "25'; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

# free_port -- prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  return 1
}

# wait_http URL SECONDS [EXPECTED_STATUS] -- polls until URL answers EXPECTED_STATUS (default 200).
wait_http() {
  local url="$1" seconds="$2" want="${3:-200}" got deadline
  deadline=$(($(date +%s) + seconds))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    got="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url" || true)"
    [ "$got" = "$want" ] && return 0
    sleep 1
  done
  return 1
}

# A throw-away PostgreSQL cluster on a private port and socket directory, owned by the postgres
# user (root: runuser; otherwise sudo). private_pg_init sets PRIVATE_PG_DIR and PRIVATE_PG_PORT and
# leaves it running with database and superuser "helmsman" (trust auth on 127.0.0.1 only).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres -- "$@"; fi
}
private_pg_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }
private_pg_init() {
  local bin sudo=""
  bin="$(private_pg_bin)"
  [ -x "$bin/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  PRIVATE_PG_DIR="$(mktemp -d /tmp/helmsman-pg.XXXXXX)"
  PRIVATE_PG_PORT="$(free_port)"
  $sudo chown postgres: "$PRIVATE_PG_DIR"
  as_postgres "$bin/initdb" -D "$PRIVATE_PG_DIR/data" -U helmsman --auth=trust >/dev/null || return 1
  private_pg_ctl start || return 1
  as_postgres "$bin/createdb" -h "$PRIVATE_PG_DIR" -p "$PRIVATE_PG_PORT" -U helmsman helmsman
}
private_pg_ctl() { # start | stop | destroy
  local bin sudo=""
  bin="$(private_pg_bin)"
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  case "$1" in
    start)
      as_postgres "$bin/pg_ctl" -D "$PRIVATE_PG_DIR/data" -l "$PRIVATE_PG_DIR/postgres.log" -w -t 60 \
        -o "-p $PRIVATE_PG_PORT -k $PRIVATE_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
      ;;
    stop) as_postgres "$bin/pg_ctl" -D "$PRIVATE_PG_DIR/data" -m immediate -w stop >/dev/null ;;
    destroy)
      [ -n "${PRIVATE_PG_DIR:-}" ] || return 0
      as_postgres "$bin/pg_ctl" -D "$PRIVATE_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
      $sudo rm -rf "$PRIVATE_PG_DIR"
      PRIVATE_PG_DIR=""
      ;;
  esac
}
