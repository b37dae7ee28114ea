#!/usr/bin/env bash
# Benchmark 3: AfterShip tracking webhooks through POST /hooks/carriers/aftership/bench, from
# accepted (stored, 202) to applied to the timelines by the push-inbox work-off, from a separate
# JVM. Arguments go to Bench push (default: 2,000 parcels, two deliveries each, 4 client threads).
source "$(dirname "$0")/lib.sh"
build_jar
start_app push
"$JAVA" -XX:+UseSerialGC bench/Bench.java push --base "$BASE" --key "$BENCH_KEY" "$@"
report_server_latency "/hooks/carriers/{code}/{shopSlug}" 'status="202"'
report_heap
