#!/usr/bin/env bash
# Benchmark 4: notification emails rendered and handed to SMTP. A local SMTP sink (Bench
# smtp-sink: answers, counts, discards) stands in for the mail server. Orders are created with
# dispatch off, so a backlog of planned messages waits; then Doorstep restarts on the same data
# with dispatch on and the run measures how fast the backlog goes out. Arguments go to Bench
# notify (default: 20,000 orders, one order confirmation email each: a backlog long enough
# that the second half measures a warmed-up JVM, not the JIT).
source "$(dirname "$0")/lib.sh"
SMTP_PORT="${BENCH_SMTP_PORT:-18025}"
build_jar
"$JAVA" -XX:+UseSerialGC -Xmx64m bench/Bench.java smtp-sink --port "$SMTP_PORT" >/dev/null &
SINK_PID=$!
EXIT_HOOKS="kill $SINK_PID 2>/dev/null || true"
trap on_exit EXIT
MAIL=(-Dspring.mail.host=127.0.0.1 "-Dspring.mail.port=$SMTP_PORT")
start_app notify "${MAIL[@]}" -Ddoorstep.notification.dispatch-enabled=false
"$JAVA" -XX:+UseSerialGC bench/Bench.java notify plan --base "$BASE" --key "$BENCH_KEY" "$@"
stop_app

# CPU ticks (user + system) of the server: the JVM and its descendants, then the embedded
# PostgreSQL and its backends. pg_ctl daemonizes the postmaster (its parent is init, not the
# JVM), so it is found by its data directory; the JVM's own ticks come last.
tree_ticks() {
  local postmaster stats
  postmaster=$(pgrep -f -- "bin/postgres -D $ROOT/target/bench-data/notify/" | head -1 || true)
  stats=$(ps -eo pid=,ppid= | awk -v root="$1" -v pg="${postmaster:-0}" '{ parent[$1] = $2 }
    END { for (p in parent) { q = p; while (q in parent && q != root && q != pg && q > 1) q = parent[q]; if (q == root || q == pg) print "/proc/" p "/stat" } }')
  cat $stats 2>/dev/null | awk -v root="$1" '{ pid = $1; sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15; if (pid == root) own = $12 + $13 }
    END { print t + 0, own + 0 }'
}

start_app notify --keep "${MAIL[@]}"
SAMPLES="$ROOT/target/bench-data/notify/cpu-samples.txt"
: >"$SAMPLES"
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(date +%s%6N) $(tree_ticks "$APP_PID")" >>"$SAMPLES"; sleep 0.2; done ) &
SAMPLER_PID=$!
EXIT_HOOKS="$EXIT_HOOKS; kill $SAMPLER_PID 2>/dev/null || true"
"$JAVA" -XX:+UseSerialGC bench/Bench.java notify drain --base "$BASE" --key "$BENCH_KEY" --smtp-port "$SMTP_PORT" "$@" \
  | tee "$ROOT/target/bench-data/notify/drain.txt"
# CPU the server and its database used over the second half of the messages (the JVM warmed
# up): what a message costs, whatever else the machine was doing, and so what 2 cores could
# carry at most.
read -r FIRST LAST MESSAGES < <(grep '^window-us:' "$ROOT/target/bench-data/notify/drain.txt" | cut -d' ' -f2-4)
awk -v first="$FIRST" -v last="$LAST" -v n="$MESSAGES" -v hz="$(getconf CLK_TCK)" '
  $1 <= first { before = $2; jvmBefore = $3 } $1 >= last && after == "" { after = $2; jvmAfter = $3 }
  END {
    cpu = (after - before) / hz
    jvm = (jvmAfter - jvmBefore) / hz
    printf "server CPU (Doorstep + PostgreSQL), second half: %.2f s for %d messages = %.2f ms per message; 2 cores fully used = %.0f messages/s\n", cpu, n, cpu * 1000 / n, 2 * n / cpu
    printf "  of which the JVM %.2f ms and PostgreSQL %.2f ms per message\n", jvm * 1000 / n, (cpu - jvm) * 1000 / n
  }' "$SAMPLES"
report_heap
