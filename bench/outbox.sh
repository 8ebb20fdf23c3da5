#!/usr/bin/env bash
# The event outbox under load: a real Tally server publishing every ledger entry to an MQTT broker
# and a NATS JetStream server of its own (free ports, temporary folders) while count reports arrive
# at a fixed rate (bench/OpenLoop.java, open loop).
#   bench/outbox.sh h2|postgres [rate (default 200)] [seconds (default 20)]
# Prints the load generator's JSON line, then per destination (GET /api/outbox): events published,
# events per second over the measurement, lag p50 and p99 from append to the broker's
# acknowledgement (over the last 10,000 events), and how far behind the ledger's head it ended.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
RATE=${2:-200}
SECONDS_EACH=${3:-20}
JAR=${TALLY_JAR:-target/tally.jar}
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
MQTT_PORT=$((PORT + 1))
NATS_PORT=$((PORT + 2))
SERVER="" MOSQ="" NATS="" PGDB=""
if [ "$DB" = postgres ]; then
  PGDB="tally_bench_$RANDOM$RANDOM"
  createdb -h 127.0.0.1 -U postgres "$PGDB"
  export TALLY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" TALLY_DB_USER=postgres TALLY_DB_PASSWORD=
fi
cleanup() {
  for p in $SERVER $MOSQ $NATS; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  [ -n "$PGDB" ] && dropdb -h 127.0.0.1 -U postgres "$PGDB" || true
  rm -rf "$DATA"
}
trap cleanup EXIT
mkdir -p "$DATA/mosquitto" "$DATA/nats"
printf 'listener %s 127.0.0.1\nallow_anonymous true\nuser %s\n' "$MQTT_PORT" "$(id -un)" >"$DATA/mosquitto/conf"
/usr/sbin/mosquitto -c "$DATA/mosquitto/conf" >"$DATA/mosquitto/log" 2>&1 &
MOSQ=$!
/usr/sbin/nats-server -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$DATA/nats" >"$DATA/nats/log" 2>&1 &
NATS=$!
export TALLY_OUTBOX_DESTINATIONS_0_NAME=plant-mqtt TALLY_OUTBOX_DESTINATIONS_0_KIND=MQTT \
  TALLY_OUTBOX_DESTINATIONS_0_URL="tcp://127.0.0.1:$MQTT_PORT" \
  TALLY_OUTBOX_DESTINATIONS_1_NAME=plant-nats TALLY_OUTBOX_DESTINATIONS_1_KIND=NATS \
  TALLY_OUTBOX_DESTINATIONS_1_URL="nats://127.0.0.1:$NATS_PORT"
TALLY_DATA_DIR="$DATA" java ${SERVER_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" >>"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
add() { TALLY_DATA_DIR="$DATA" java -jar "$JAR" users add "$1" --role "$2" | sed -n 's/^Password (shown once): //p'; }
PASSWORD=$(add op.bench OPERATOR)
AUDIT=$(add audit.bench AUDITOR)
RUN=$(curl -sf -u "op.bench:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"line":"L1","product":"762x39-BALL-SC"}' "http://127.0.0.1:$PORT/api/execution/runs" \
  | sed -n 's/.*"run":"\([^"]*\)".*/\1/p')
javac -d "$DATA/client" bench/OpenLoop.java
LOAD=(java -cp "$DATA/client" OpenLoop --port "$PORT" --user op.bench --password "$PASSWORD" --run "$RUN")
"${LOAD[@]}" --rate 100 --seconds 3 --key-prefix warm >/dev/null || true
status() { curl -sf -u "audit.bench:$AUDIT" "http://127.0.0.1:$PORT/api/outbox"; }
before=$(status)
echo "$DB rate=$RATE load=$(cut -d' ' -f1-3 /proc/loadavg): $("${LOAD[@]}" --rate "$RATE" --seconds "$SECONDS_EACH" --key-prefix m || true)"
sleep 2
after=$(status)
python3 - "$before" "$after" "$SECONDS_EACH" <<'PY'
import json, sys
before = {d["name"]: d for d in json.loads(sys.argv[1])}
after = json.loads(sys.argv[2])
secs = float(sys.argv[3])
for d in after:
    n = d["publishedSinceStart"] - before[d["name"]]["publishedSinceStart"]
    print(f'{d["name"]}: published {n} events during the run ({n / secs:.0f}/s over {secs:.0f} s),'
          f' lag p50 {d["lagP50Millis"]} ms, p99 {d["lagP99Millis"]} ms, behind {d["behind"]},'
          f' failing {d["failing"]}')
PY
