#!/usr/bin/env bash
# Benchmark 6: the cross-sell model offline (no server, no database). Generates baskets with
# planted pairs (`recommend generate`), evaluates the model on them against a popularity baseline
# (`recommend evaluate`, cosine and lift) and measures recommendations/s and latency while the
# model keeps learning (`recommend bench`). bench/README.md section 6.
#   bench/run-recommend.sh [--baskets 50000] [--seed 42] [--threads 2] [--seconds 10] [file.txt]
# With a file, those baskets are evaluated instead of generated ones.
source "$(dirname "$0")/lib.sh"
BASKETS=50000; SEED=42; THREADS=2; SECONDS_=10; FILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baskets) BASKETS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --seconds) SECONDS_="$2"; shift 2 ;;
    *) FILE="$1"; shift ;;
  esac
done
build_jar
if [ -z "$FILE" ]; then
  mkdir -p target/bench-data/recommend
  FILE="target/bench-data/recommend/baskets-$BASKETS-$SEED.txt"
  echo "== generating $BASKETS baskets with planted pairs (seed $SEED) into $FILE"
  "$JAVA" -jar target/doorstep.jar recommend generate "$FILE" --baskets "$BASKETS" --seed "$SEED"
fi
for score in cosine lift; do
  echo "== recommend evaluate $FILE --k 5 --score $score"
  started=$(date +%s%N)
  "$JAVA" -XX:+UseSerialGC -jar target/doorstep.jar recommend evaluate "$FILE" --k 5 --score "$score"
  echo "evaluate took $(( ($(date +%s%N) - started) / 1000000 )) ms (JVM start included)"
done
echo "== recommend bench: $BASKETS baskets, $THREADS recommending threads and one learning 1,000 baskets/s for $SECONDS_ s"
"$JAVA" -XX:+UseSerialGC -jar target/doorstep.jar recommend bench --baskets "$BASKETS" --threads "$THREADS" \
  --seconds "$SECONDS_"
