#!/usr/bin/env bash
# Crash test with several nodes: N `tally serve` processes (each its own data folder and signing key)
# on one fresh PostgreSQL database at 127.0.0.1:5432; the clients spread count reports over all of
# them, node 1 is killed with SIGKILL mid-stream and started again, and a report left unanswered is
# resent, with the same Idempotency-Key, to the next node. Then: every acknowledged report is in the
# ledger exactly once, no lot number or SSCC was issued twice, `tally ledger verify` (heads signed by
# every node's registered key) and `tally ledger replay` exit 0. Drops its database at the end.
#   bench/crash-test-nodes.sh NODES [reports (default 10000)] [kill after (default 4000)]
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-2}
REPORTS=${2:-10000}
KILL_AT=${3:-4000}
JAR=target/tally.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
PG=${TALLY_TEST_PG:-127.0.0.1:5432}
DB="tally_crash_$$"
psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d postgres -qc "CREATE DATABASE $DB" >/dev/null
export TALLY_DB_URL="jdbc:postgresql://$PG/$DB" TALLY_DB_USER=postgres TALLY_DB_PASSWORD=
ROOT=$(mktemp -d)
BASE_PORT=$((20000 + RANDOM % 20000))
declare -a PIDS PORTS
CLIENT=""
cleanup() {
  [ -n "$CLIENT" ] && kill "$CLIENT" 2>/dev/null || true
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done
  sleep 1
  psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true
  rm -rf "$ROOT"
}
trap cleanup EXIT
trap "exit 130" INT TERM

start_node() {
  local n=$1
  mkdir -p "$ROOT/node$n"
  TALLY_DATA_DIR="$ROOT/node$n" TALLY_NODE_NAME="node$n" \
    java -jar "$JAR" serve --port "${PORTS[$n]}" >>"$ROOT/node$n.log" 2>&1 &
  PIDS[$n]=$!
  for _ in $(seq 1 360); do
    if curl -sf "http://127.0.0.1:${PORTS[$n]}/actuator/health" >/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "node $n did not start"; cat "$ROOT/node$n.log"; exit 3
}

tally() { TALLY_DATA_DIR="$ROOT/node1" java -jar "$JAR" "$@"; }
sql() { psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d "$DB" -qtAc "$1"; }

for n in $(seq 1 "$NODES"); do PORTS[$n]=$((BASE_PORT + n)); done
start_node 1
for n in $(seq 2 "$NODES"); do start_node "$n"; done
OP_PASSWORD=$(tally users add op.crash --role OPERATOR | sed -n 's/^Password (shown once): //p')
AUDIT_PASSWORD=$(tally users add aud.crash --role AUDITOR | sed -n 's/^Password (shown once): //p')
RUN=$(curl -sf -u "op.crash:$OP_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"line":"L1","product":"762x39-BALL-SC"}' "http://127.0.0.1:${PORTS[1]}/api/execution/runs" \
  | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
PORT_LIST=$(IFS=,; echo "${PORTS[*]}")
echo "run $RUN on $NODES nodes (ports $PORT_LIST), $REPORTS reports, SIGKILL node 1 after $KILL_AT"

java bench/CountClient.java report --ports "$PORT_LIST" --user op.crash --password "$OP_PASSWORD" \
  --run "$RUN" --count "$REPORTS" --clients 4 --key-prefix crash --acked "$ROOT/acked.txt" \
  --retry-seconds 120 >"$ROOT/client.json" &
CLIENT=$!
for _ in $(seq 1 1200); do
  [ -f "$ROOT/acked.txt" ] && [ "$(wc -l <"$ROOT/acked.txt")" -ge "$KILL_AT" ] && break
  sleep 0.1
done
echo "acknowledged before the kill: $(wc -l <"$ROOT/acked.txt")"
kill -9 "${PIDS[1]}"
wait "${PIDS[1]}" 2>/dev/null || true
start_node 1
wait "$CLIENT"
CLIENT=""
echo "client: $(cat "$ROOT/client.json")"
ACKED=$(sort -un "$ROOT/acked.txt" | wc -l)
[ "$ACKED" -eq "$REPORTS" ] || { echo "FAIL: only $ACKED of $REPORTS acknowledged"; exit 1; }

java bench/CountClient.java check --port "${PORTS[2]}" --user aud.crash \
  --password "$AUDIT_PASSWORD" --run "$RUN" --count "$REPORTS"
LOTS_TWICE=$(sql "SELECT COUNT(*) FROM (SELECT payload::json->>'lot' FROM ledger_entry
  WHERE type = 'LotOpened' GROUP BY 1 HAVING COUNT(*) > 1) t")
SSCC_TWICE=$(sql "SELECT COUNT(*) FROM (SELECT type, payload::json->>'sscc' FROM ledger_entry
  WHERE payload::json->>'sscc' IS NOT NULL GROUP BY 1, 2 HAVING COUNT(*) > 1) t")
LOTS=$(sql "SELECT COUNT(*) FROM ledger_entry WHERE type = 'LotOpened'")
KEYS=$(sql "SELECT COUNT(*) FROM ledger_entry WHERE type = 'NodeKeyRegistered'")
echo "lots opened: $LOTS, lot numbers issued twice: $LOTS_TWICE, SSCCs issued twice: $SSCC_TWICE, node keys registered: $KEYS"
[ "$LOTS_TWICE" -eq 0 ] && [ "$SSCC_TWICE" -eq 0 ] || { echo "FAIL: a lot or SSCC twice"; exit 1; }
for n in $(seq 1 "$NODES"); do kill "${PIDS[$n]}"; wait "${PIDS[$n]}" 2>/dev/null || true; PIDS[$n]=""; done
for n in $(seq 1 "$NODES"); do
  TALLY_DATA_DIR="$ROOT/node$n" java -jar "$JAR" ledger verify
done
tally ledger replay
echo "PASS: $NODES nodes, every acknowledged report in the ledger once, no lot or SSCC twice;" \
  "verify (on every node) and replay exit 0"
