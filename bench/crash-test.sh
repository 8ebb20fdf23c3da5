#!/usr/bin/env bash
# Crash test: a client streams count reports at a real Tally server, which is killed with SIGKILL
# part-way and started again on the same data. Every acknowledged report must be in the ledger
# exactly once, the run's totals must match, `tally ledger verify` and `tally ledger replay` must
# exit 0. Talks only to 127.0.0.1, stops by itself, removes its temporary data folder.
#   bench/crash-test.sh [reports (default 10000)] [kill after this many acknowledged (default 4000)]
#   bench/crash-test.sh --nodes 2 [reports] [kill after]: two servers on one fresh PostgreSQL
#     database (bench/crash-test-nodes.sh); the clients spread the reports over both.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--nodes" ]; then
  NODES=$2
  shift 2
  [ "$NODES" = 1 ] || exec bench/crash-test-nodes.sh "$NODES" "$@"
fi
REPORTS=${1:-10000}
KILL_AT=${2:-4000}
JAR=target/tally.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
SERVER=""
CLIENT=""
cleanup() {
  [ -n "$CLIENT" ] && kill "$CLIENT" 2>/dev/null || true
  [ -n "$SERVER" ] && kill -9 "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

start_server() {
  TALLY_DATA_DIR="$DATA" java -jar "$JAR" serve --port "$PORT" >>"$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "server did not start"; cat "$DATA/server.log"; exit 3
}

tally() { TALLY_DATA_DIR="$DATA" java -jar "$JAR" "$@"; }

start_server
OP_PASSWORD=$(tally users add op.crash --role OPERATOR | sed -n 's/^Password (shown once): //p')
# The check reads the ledger as an auditor: the first admin must change its password before use.
AUDIT_PASSWORD=$(tally users add aud.crash --role AUDITOR | sed -n 's/^Password (shown once): //p')
RUN=$(curl -sf -u "op.crash:$OP_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"line":"L1","product":"762x39-BALL-SC"}' "http://127.0.0.1:$PORT/api/execution/runs" \
  | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
echo "run $RUN on port $PORT, $REPORTS reports, SIGKILL after $KILL_AT acknowledged"

java bench/CountClient.java report --port "$PORT" --user op.crash --password "$OP_PASSWORD" \
  --run "$RUN" --count "$REPORTS" --clients 4 --key-prefix crash --acked "$DATA/acked.txt" \
  --retry-seconds 120 >"$DATA/client.json" &
CLIENT=$!
for _ in $(seq 1 1200); do
  [ -f "$DATA/acked.txt" ] && [ "$(wc -l <"$DATA/acked.txt")" -ge "$KILL_AT" ] && break
  sleep 0.1
done
echo "acknowledged before the kill: $(wc -l <"$DATA/acked.txt")"
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true
start_server
wait "$CLIENT"
CLIENT=""
echo "client: $(cat "$DATA/client.json")"
ACKED=$(sort -un "$DATA/acked.txt" | wc -l)
[ "$ACKED" -eq "$REPORTS" ] || { echo "FAIL: only $ACKED of $REPORTS acknowledged"; exit 1; }

java bench/CountClient.java check --port "$PORT" --user aud.crash --password "$AUDIT_PASSWORD" \
  --run "$RUN" --count "$REPORTS"
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=""
tally ledger verify
tally ledger replay
echo "PASS: every acknowledged report is in the ledger once; verify and replay exit 0"
