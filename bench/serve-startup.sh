#!/usr/bin/env bash
# Cold `tally serve` to healthy, and resident memory once healthy, on the default plant.
# Each run uses a fresh data folder (first start: migrations, plant load, first admin).
# Usage: bench/serve-startup.sh [runs]   (prints each run and the median)
# LAUNCH=tally (default) starts it as ./tally does (extracted jar, class-data-sharing archive);
# LAUNCH=jar starts the plain fat jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/tally.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -B -q -DskipTests package)
runs="${1:-5}"
port=18080
times=(); rss=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  if [ "${LAUNCH:-tally}" = tally ]; then
    TALLY_DATA_DIR="$dir/data" "$here/tally" serve --port "$port" >"$dir/log" 2>&1 &
  else
    TALLY_DATA_DIR="$dir/data" java -jar "$jar" serve --port "$port" >"$dir/log" 2>&1 &
  fi
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:"; cat "$dir/log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  times+=("$ms"); rss+=("$kb")
  echo "run $i: healthy after ${ms} ms, RSS $((kb / 1024)) MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: healthy after $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MiB (runs: $runs)"
