#!/usr/bin/env bash
# Does anonymous password guessing slow a line terminal down? Count-report latency against a real
# Tally server on 127.0.0.1, without and with 50 guesses a second for 30 s.
#   bench/guessing.sh [reports per measurement (default 500)] [guesses per second (default 50)]
# Starts a server on a temporary H2 data folder, adds an operator (whose count reports are timed)
# and a planner, starts a run and warms up with 1000 reports; then measures REPORTS reports from one
# client alone, again while bench/Guesser.java guesses, and alone once more (the machine may be
# shared; the two quiet runs show how much it drifts). The guesses: half against existing names (admin,
# the planner; not the timed operator, whose account the guessing would lock, by design), half
# against random names, in turn from 127.0.0.1 (the terminal's own address) and 127.0.0.2-5.
# Prints the p99s and the ratio of the attacked one to the mean of the quiet ones. Loopback only; every loop is bounded. Cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS=${1:-500}
RATE=${2:-50}
SECONDS_OF_GUESSING=30
JAR=target/tally.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
SERVER=""
GUESSER=""
cleanup() {
  [ -n "$GUESSER" ] && kill "$GUESSER" 2>/dev/null && wait "$GUESSER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
TALLY_DATA_DIR="$DATA" java -jar "$JAR" serve --port "$PORT" >>"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
PASSWORD=$(TALLY_DATA_DIR="$DATA" java -jar "$JAR" users add op.bench --role OPERATOR \
  | sed -n 's/^Password (shown once): //p')
TALLY_DATA_DIR="$DATA" java -jar "$JAR" users add planner.bench --role PLANNER >/dev/null
RUN=$(curl -sf -u "op.bench:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"line":"L1","product":"762x39-BALL-SC"}' "http://127.0.0.1:$PORT/api/execution/runs" \
  | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
# Compiled once up front: compiling a single-file program at each start takes seconds on a busy
# machine, which would push the measurement out of the guessing window.
mkdir -p "$DATA/classes"
javac -d "$DATA/classes" bench/CountClient.java bench/Guesser.java
report() {
  java -cp "$DATA/classes" CountClient report --port "$PORT" --user op.bench --password "$PASSWORD" \
    --run "$RUN" --count "$2" --clients 1 --key-prefix "$1"
}
p99() { sed -n 's/.*"p99ms":\([0-9.]*\).*/\1/p'; }
report warm 1000 >/dev/null
QUIET=$(report quiet "$REPORTS")
echo "without guessing: $QUIET"
java -cp "$DATA/classes" Guesser --port "$PORT" --rate "$RATE" --seconds "$SECONDS_OF_GUESSING" \
  --names admin,planner.bench --addresses 127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5 \
  >"$DATA/guesser.json" &
GUESSER=$!
sleep 1
START=$(date +%s)
ATTACKED=$(report attacked "$REPORTS")
TOOK=$(( $(date +%s) - START ))
echo "with $RATE guesses/s: $ATTACKED"
kill -0 "$GUESSER" 2>/dev/null \
  || echo "warning: the guessing ended before the measurement did ($TOOK s); use fewer reports"
wait "$GUESSER"
GUESSER=""
echo "guesser: $(cat "$DATA/guesser.json")"
AFTER=$(report after "$REPORTS")
echo "without guessing, after: $AFTER"
Q=$(echo "$QUIET" | p99)
A=$(echo "$ATTACKED" | p99)
Q2=$(echo "$AFTER" | p99)
awk -v q="$Q" -v a="$A" -v q2="$Q2" 'BEGIN {
  printf "p99 without guessing %.2f / %.2f ms, with guessing %.2f ms, ratio %.2f\n", q, q2, a, a / ((q + q2) / 2) }'
