#!/usr/bin/env bash
# Benchmark 1: carrier events through POST /api/v1/shipments/{id}/events, end to end (accepted,
# committed, status recomputed). The load comes from a separate JVM. Arguments go to Bench ingest.
source "$(dirname "$0")/lib.sh"
build_jar
start_app ingest
"$JAVA" -XX:+UseSerialGC bench/Bench.java ingest --base "$BASE" --key "$BENCH_KEY" "$@"
report_heap
