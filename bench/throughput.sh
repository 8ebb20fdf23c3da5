#!/usr/bin/env bash
# Count-report throughput and latency against a real Tally server on 127.0.0.1.
#   bench/throughput.sh h2|postgres [reports per measurement (default 2000)] [clients ... (default 1 16)]
# Starts a server on a temporary data folder (and, for postgres, a fresh database on the local
# PostgreSQL at 127.0.0.1:5432 as user postgres), adds an operator, and for each client count starts
# a run on its own line, warms up with 300 reports, then measures. Cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
REPORTS=${2:-2000}
shift $(( $# > 2 ? 2 : $# ))
CLIENTS=${*:-1 16}
JAR=target/tally.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
SERVER=""
PGDB=""
if [ "$DB" = postgres ]; then
  PGDB="tally_bench_$RANDOM$RANDOM"
  createdb -h 127.0.0.1 -U postgres "$PGDB"
  export TALLY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" TALLY_DB_USER=postgres TALLY_DB_PASSWORD=
fi
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  [ -n "$PGDB" ] && dropdb -h 127.0.0.1 -U postgres "$PGDB" || true
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
LINE=0
for C in $CLIENTS; do
  LINE=$((LINE % 4 + 1))
  PRODUCT=762x39-BALL-SC
  [ $LINE -gt 2 ] && PRODUCT=762x39-TRACER
  RUN=$(curl -sf -u "op.bench:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"line\":\"L$LINE\",\"product\":\"$PRODUCT\"}" "http://127.0.0.1:$PORT/api/execution/runs" \
    | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
  java bench/CountClient.java report --port "$PORT" --user op.bench --password "$PASSWORD" \
    --run "$RUN" --count 300 --clients "$C" --key-prefix "warm-$C" >/dev/null
  echo "$DB clients=$C: $(java bench/CountClient.java report --port "$PORT" --user op.bench \
    --password "$PASSWORD" --run "$RUN" --count "$REPORTS" --clients "$C" --key-prefix "m-$C")"
done
