#!/usr/bin/env bash
# Benchmark 2: the public tracking page /t/{token} at a fixed arrival rate (open model) from a
# separate JVM. Arguments go to Bench page (default: 1000 requests/s for 30 s after 30 s warm-up:
# at 10 s the JIT compiler was still using a sixth of a core).
source "$(dirname "$0")/lib.sh"
build_jar
start_app page
CPU_BEFORE=$(cpu_seconds)
"$JAVA" -XX:+UseSerialGC -Xlog:gc:file=target/bench-data/page/client-gc.log bench/Bench.java page --base "$BASE" --key "$BENCH_KEY" "$@"
CPU_AFTER=$(cpu_seconds)
echo "server CPU (Doorstep + PostgreSQL) for setup, warm-up and measurement: $(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" 'BEGIN { printf "%.1f s", b - a }')"
report_heap
