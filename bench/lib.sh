#!/usr/bin/env bash
# Shared by the bench scripts: builds the jar, starts Doorstep on a fresh embedded PostgreSQL in
# target/bench-data with a bootstrap shop and key, and stops it again on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAVA_HOME="$(./doorstep jdk)"
JAVA="$JAVA_HOME/bin/java"
BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_KEY="dsk_bench_0123456789abcdefghijklmnopqrstuv"
BASE="http://127.0.0.1:$BENCH_PORT"
APP_PID=""

build_jar() {
  if [ "${BENCH_SKIP_BUILD:-false}" != "true" ] || [ ! -f target/doorstep.jar ]; then
    echo "== building target/doorstep.jar"
    JAVA_HOME="$JAVA_HOME" ./mvnw -B -q --no-transfer-progress -DskipTests package
  fi
}

# start_app <name> [--keep] [java options...]: --keep starts on the data of the previous start.
start_app() {
  local data="$ROOT/target/bench-data/$1"; shift
  if [ "${1:-}" = "--keep" ]; then shift; else rm -rf "$data"; fi
  mkdir -p "$data"
  echo "== starting Doorstep (data in $data, log in $data/app.log)"
  local started; started=$(date +%s%N)
  DOORSTEP_DATA_DIR="$data" DOORSTEP_DEMO=false PORT="$BENCH_PORT" \
    DOORSTEP_BOOTSTRAP_SHOP=bench DOORSTEP_BOOTSTRAP_API_KEY="$BENCH_KEY" \
    "$JAVA" -XX:+UseSerialGC -Xmx512m ${BENCH_JVM_OPTS:-} \
    -Dmanagement.metrics.distribution.percentiles.http.server.requests=0.5,0.9,0.99,0.999 \
    -Dmanagement.metrics.distribution.percentiles-histogram.http.server.requests=true \
    -Dmanagement.metrics.distribution.minimum-expected-value.http.server.requests=100us "$@" \
    -jar target/doorstep.jar >"$data/app.log" 2>&1 &
  APP_PID=$!
  trap on_exit EXIT
  for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
      local ready; ready=$(date +%s%N)
      echo "start to ready: $(( (ready - started) / 1000000 )) ms (embedded PostgreSQL first start included)"
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Doorstep exited; see $data/app.log" >&2; tail -40 "$data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "Doorstep did not become ready in 60 s" >&2; exit 1
}

# Heap after a full GC is what the service really holds; used is what it peaked at under load.
report_heap() {
  local used max
  used=$(curl -fs "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E+]*' | head -1 | cut -d: -f2)
  max=$(curl -fs "$BASE/actuator/metrics/jvm.memory.max?tag=area:heap" | grep -o '"value":[0-9.E+]*' | head -1 | cut -d: -f2)
  awk -v u="$used" -v m="$max" 'BEGIN { printf "heap used after run: %.0f MB of max %.0f MB\n", u/1048576, m/1048576 }'
  if command -v jcmd >/dev/null 2>&1 || [ -x "$JAVA_HOME/bin/jcmd" ]; then
    "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info 2>/dev/null | grep -E "total|used" | head -2 | sed 's/^/  /' || true
  fi
}

# The server's own view of one URI pattern (time-decaying percentiles over the last minutes),
# to tell server time from client and network time. An optional second argument narrows it
# further, e.g. 'status="202"'.
report_server_latency() {
  curl -fs "$BASE/actuator/prometheus" | grep "^http_server_requests_seconds{" | grep "uri=\"$1\"" \
    | grep -F "${2:-}" \
    | grep 'quantile=' | sed -E 's/.*quantile="([0-9.]+)".* ([0-9.eE+-]+)$/\1 \2/' \
    | awk '{ printf "server p%s: %.2f ms\n", $1 * 100, $2 * 1000 }'
}

# CPU seconds used so far by Doorstep and its embedded PostgreSQL (all its server processes):
# unlike latency, this hardly depends on what else the machine is doing.
cpu_seconds() {
  local pids ticks
  pids="$APP_PID $(pgrep -f "postgres.*$ROOT/target/bench-data" 2>/dev/null | tr '\n' ' ')"
  pids="$pids $(pgrep -P "$(pgrep -f "postgres -D.*$ROOT/target/bench-data" | head -1)" 2>/dev/null | tr '\n' ' ')"
  ticks=0
  for pid in $(echo "$pids" | tr ' ' '\n' | sort -u); do
    [ -r "/proc/$pid/stat" ] || continue
    ticks=$(( ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# Scripts with more to clean up (e.g. the SMTP sink) add to EXIT_HOOKS.
EXIT_HOOKS=""
on_exit() {
  stop_app
  eval "$EXIT_HOOKS"
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
