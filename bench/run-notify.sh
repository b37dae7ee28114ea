#!/usr/bin/env bash
# Benchmark 4: notification emails rendered and handed to SMTP. A local SMTP sink (Bench
# smtp-sink: answers, counts, discards) stands in for the mail server. Orders are created with
# dispatch off, so a backlog of planned messages waits; then Doorstep restarts on the same data
# with dispatch on and the run measures how fast the backlog goes out. Arguments go to Bench
# notify (default: 5,000 orders, one order confirmation email each).
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
start_app notify --keep "${MAIL[@]}"
"$JAVA" -XX:+UseSerialGC bench/Bench.java notify drain --base "$BASE" --key "$BENCH_KEY" --smtp-port "$SMTP_PORT" "$@"
report_heap
