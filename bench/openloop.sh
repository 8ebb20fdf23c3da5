#!/usr/bin/env bash
# Open-loop count reports against a real Tally server on 127.0.0.1 (bench/OpenLoop.java).
#   bench/openloop.sh h2|postgres [seconds per rate (default 20)] [rates ... (default 500)]
#   READ_RATE=20 READ_PATH=/ bench/openloop.sh postgres 20 500   # also time the overview page
# Starts a server on a temporary data folder (and, for postgres, a fresh database on the local
# PostgreSQL at 127.0.0.1:5432 as user postgres), adds an operator, starts one run on L1, warms up
# with 5 s at 200 reports/s, then for each rate sends reports at that fixed rate for the given
# seconds and prints OpenLoop's JSON line (latency from each report's due time; totalsMatch says
# whether the run's totals grew by exactly the acknowledged reports). Cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-postgres}
EACH=${2:-20}
shift $(( $# > 2 ? 2 : $# ))
RATES=${*:-500}
JAR=${TALLY_JAR:-target/tally.jar}
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
TALLY_DATA_DIR="$DATA" java ${SERVER_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" >>"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
PASSWORD=$(TALLY_DATA_DIR="$DATA" java -jar "$JAR" users add op.bench --role OPERATOR \
  | sed -n 's/^Password (shown once): //p')
RUN=$(curl -sf -u "op.bench:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"line":"L1","product":"762x39-BALL-SC"}' "http://127.0.0.1:$PORT/api/execution/runs" \
  | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
javac -d "$DATA/client" bench/OpenLoop.java
LOAD=(java -cp "$DATA/client" OpenLoop --port "$PORT" --user op.bench --password "$PASSWORD" --run "$RUN")
READS=()
if [ "${READ_RATE:-0}" != 0 ]; then
  READS=(--read-rate "$READ_RATE" --read-path "${READ_PATH:-/api/execution/lines}")
fi
"${LOAD[@]}" --rate 200 --seconds 5 --key-prefix warm >/dev/null || true
for R in $RATES; do
  echo "$DB rate=$R load=$(cut -d' ' -f1-3 /proc/loadavg): $("${LOAD[@]}" --rate "$R" --seconds "$EACH" \
    --key-prefix "m-$R" "${READS[@]}" || true)"
done
