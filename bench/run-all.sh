#!/usr/bin/env bash
# Runs the three benchmarks one after the other (about 4 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")"
./run-ingest.sh
BENCH_SKIP_BUILD=true ./run-page.sh
BENCH_SKIP_BUILD=true ./run-push.sh
