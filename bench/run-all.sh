#!/usr/bin/env bash
# Runs the six benchmarks one after the other (about 5 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")"
./run-ingest.sh
BENCH_SKIP_BUILD=true ./run-page.sh
BENCH_SKIP_BUILD=true ./run-push.sh
BENCH_SKIP_BUILD=true ./run-notify.sh
BENCH_SKIP_BUILD=true ./run-backtest.sh
BENCH_SKIP_BUILD=true ./run-recommend.sh
