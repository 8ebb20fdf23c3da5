#!/usr/bin/env bash
# The twin's speed anchor: the same plant-year (anchor-plant.yaml / anchor_simpy.py) simulated by
# `tally simulate` (whole process, JVM start included) and by SimPy 3, side by side in one run.
# Prints the median wall time of each, the speed ratio (target >= 25x, whole process <= 0.5 s), the ratio of CPU time, and
# both mean outputs with their 95 % confidence intervals, which must agree. tally runs on all
# cores (its default); SimPy in one process, as it runs, unless SIMPY_PROCESSES says otherwise.
#   bench/twin-vs-simpy.sh            1000 replications, 5 timed runs each
#   REPS=200 RUNS=3 SIMPY_PROCESSES=2 bench/twin-vs-simpy.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
reps="${REPS:-1000}"
runs="${RUNS:-5}"
procs="${SIMPY_PROCESSES:-1}"
py=/usr/bin/python3
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ! "$py" -c 'import simpy, sys; sys.exit(0 if simpy.__version__.startswith("3") else 1)' 2>/dev/null; then
  echo "installing Debian's python3-simpy3 (SimPy 3)..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq python3-simpy3 >&2
fi

"$root/tally" --version >/dev/null # builds the jar first if needed, outside the timing
java_cmd="$root/tally simulate --plant $here/anchor-plant.yaml --replications $reps --start 2029-01-01 --json"
simpy_cmd="$py $here/anchor_simpy.py --replications $reps --processes $procs"

if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/timing.json" \
    -n tally "$java_cmd" -n simpy "$simpy_cmd" >&2
  read -r java_s simpy_s java_cpu simpy_cpu java_min simpy_min < <("$py" -c '
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print(r["tally"]["median"], r["simpy"]["median"], r["tally"]["user"] + r["tally"]["system"],
      r["simpy"]["user"] + r["simpy"]["system"], r["tally"]["min"], r["simpy"]["min"])' "$out/timing.json")
else
  median() {
    local cmd="$1" times=()
    for _ in $(seq "$runs"); do
      local t0 t1
      t0=$(date +%s.%N)
      $cmd >/dev/null
      t1=$(date +%s.%N)
      times+=("$(echo "$t1 - $t0" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
  }
  $java_cmd >/dev/null
  java_s=$(median "$java_cmd")
  simpy_s=$(median "$simpy_cmd")
  java_cpu=0
  simpy_cpu=0
  java_min=0
  simpy_min=0
fi

$java_cmd >"$out/java.json"
$simpy_cmd >"$out/simpy.json"
"$py" - "$out/java.json" "$out/simpy.json" "$java_s" "$simpy_s" "$reps" "$java_cpu" "$simpy_cpu" \
  "$(nproc)" "$procs" "$java_min" "$simpy_min" <<'PY'
import json, math, sys
java, simpy = (json.load(open(p))["output"] for p in sys.argv[1:3])
java_s, simpy_s, reps = float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
java_cpu, simpy_cpu, cores, procs = float(sys.argv[6]), float(sys.argv[7]), sys.argv[8], sys.argv[9]
java_min, simpy_min = float(sys.argv[10]), float(sys.argv[11])
print(f"plant-year, {reps} replications, whole process (JVM start included)")
print(f"  tally simulate  median {java_s:7.3f} s wall  ({cores} threads)")
print(f"  SimPy 3         median {simpy_s:7.3f} s wall  ({procs} process(es))")
print(f"  speed ratio     {simpy_s / java_s:7.1f}x (target >= 25x)")
if java_cpu > 0:
    print(f"  fastest runs    tally {java_min:.3f} s, SimPy {simpy_min:.3f} s: {simpy_min / java_min:.1f}x")
    print(f"  CPU time        tally {java_cpu:.2f} s, SimPy {simpy_cpu:.2f} s: {simpy_cpu / java_cpu:.1f}x")
with open("/proc/loadavg") as f:
    print(f"  load average    {f.read().split()[0]} on {cores} cores (other work on the machine slows both)")
for name, o in (("tally", java), ("SimPy", simpy)):
    lo, hi = o["ci95"]
    print(f"  {name:6s} mean good output {o['mean']:,.0f}  95% CI {lo:,.0f} .. {hi:,.0f}")
se = math.hypot((java["ci95"][1] - java["ci95"][0]) / 3.92, (simpy["ci95"][1] - simpy["ci95"][0]) / 3.92)
diff = java["mean"] - simpy["mean"]
verdict = "agree" if abs(diff) <= 1.96 * se else "DISAGREE"
print(f"  difference {diff:+,.0f} (95% margin {1.96 * se:,.0f}): {verdict}")
sys.exit(0 if verdict == "agree" else 1)
PY
