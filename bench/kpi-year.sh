#!/usr/bin/env bash
# Times /api/kpis on a data folder filled by `tally demo` (e.g. a 365-day demo): for each jar given,
# starts `tally serve` on the folder, warms up, then times N requests (curl -w %{time_total}, HTTP
# Basic as an auditor made once and kept in DATA/bench-kpi-auditor.txt) of
#   all lines, the year by month      /api/kpis?from=TO-365d&to=TO&period=month
#   one line (L1), the year by month  /api/kpis?line=L1&from=...&to=...&period=month
#   all lines, one day by shift       /api/kpis?from=TO&to=TO&period=shift
# and prints p50 / p90 / max of each, with the load average. Several jars are timed one after the
# other on the same folder, so a before/after pair is measured in one run.
#   bench/kpi-year.sh DATA [N] [JAR...]        (default JAR: target/tally.jar; TO: today, UTC)
# Example: TALLY_DATA_DIR=/tmp/k16/data ./tally demo --days 365 --seed 11
#          bench/kpi-year.sh /tmp/k16/data 50 /tmp/base/tally.jar target/tally.jar
set -euo pipefail
DATA=$(cd "$1" && pwd)
N=${2:-50}
shift $(($# < 2 ? $# : 2))
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(target/tally.jar)
PORT=${PORT:-18101}
TO=${TO:-$(date -u +%F)}
FROM=$(date -u -d "$TO - 365 days" +%F)
BASE="http://127.0.0.1:$PORT"
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; }
trap cleanup EXIT

timed() { # name path: warm-up, then N timed requests, p50 / p90 / max in ms
  local name=$1 path=$2 code
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "$AUDITOR:$PASSWORD" "$BASE$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
  for _ in $(seq 5); do curl -s -o /dev/null -u "$AUDITOR:$PASSWORD" "$BASE$path"; done
  for _ in $(seq "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -u "$AUDITOR:$PASSWORD" "$BASE$path"
  done | sort -n | awk -v name="$name" '{t[NR]=$1} END {
    printf "  %-32s p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms  (%d requests)\n",
      name, t[int((NR+1)*0.5)]*1000, t[int(NR*0.9)]*1000, t[NR]*1000, NR }'
}

AUDITOR=bench.kpi.auditor
for jar in "${JARS[@]}"; do
  TALLY_DATA_DIR="$DATA" java ${SERVER_JAVA_OPTS:-} -jar "$jar" serve --port "$PORT" \
    >"$DATA/bench-kpi-server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 480); do
    curl -sf "$BASE/actuator/health" >/dev/null && break
    sleep 0.5
  done
  if [ ! -s "$DATA/bench-kpi-auditor.txt" ]; then
    (umask 077 && TALLY_DATA_DIR="$DATA" java -jar "$jar" users add "$AUDITOR" --role AUDITOR |
      sed -n 's/^Password (shown once): //p' >"$DATA/bench-kpi-auditor.txt")
  fi
  PASSWORD=$(cat "$DATA/bench-kpi-auditor.txt")
  echo "$jar, $FROM..$TO, load average $(cut -d' ' -f1-3 /proc/loadavg):"
  timed "all lines, year by month" "/api/kpis?from=$FROM&to=$TO&period=month"
  timed "L1, year by month" "/api/kpis?line=L1&from=$FROM&to=$TO&period=month"
  timed "all lines, $TO by shift" "/api/kpis?from=$TO&to=$TO&period=shift"
  echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  cleanup
  SERVER=
done
