#!/usr/bin/env bash
# Benchmark 5: the delivery model offline (no server, no database). Generates a synthetic delivery
# history with known rules (bench/README.md section 5), backtests it with `delivery backtest` and
# measures predictions/s while the model keeps learning (`delivery bench`).
#   bench/run-backtest.sh [--rows 50000] [--seed 42] [--threads 2] [--seconds 10] [file.csv]
# With a file, that history is backtested instead of a generated one.
source "$(dirname "$0")/lib.sh"
ROWS=50000; SEED=42; THREADS=2; SECONDS_=10; FILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --seconds) SECONDS_="$2"; shift 2 ;;
    *) FILE="$1"; shift ;;
  esac
done
build_jar
if [ -z "$FILE" ]; then
  mkdir -p target/bench-data/backtest
  FILE="target/bench-data/backtest/history-$ROWS-$SEED.csv"
  echo "== generating $ROWS shipments (seed $SEED) into $FILE"
  "$JAVA" -jar target/doorstep.jar delivery generate --rows "$ROWS" --seed "$SEED" --out "$FILE"
fi
echo "== delivery backtest $FILE"
started=$(date +%s%N)
"$JAVA" -XX:+UseSerialGC -jar target/doorstep.jar delivery backtest "$FILE"
echo "backtest took $(( ($(date +%s%N) - started) / 1000000 )) ms (JVM start included)"
echo "== delivery bench: $THREADS predicting threads and one learning thread for $SECONDS_ s"
"$JAVA" -XX:+UseSerialGC -jar target/doorstep.jar delivery bench --threads "$THREADS" --seconds "$SECONDS_"
