#!/usr/bin/env bash
# Times the plant overview page (server side: request to last byte on localhost) on a running
# server: signs in with a form login, warms up, then prints p50 and p99 of N requests.
#   bench/overview-timing.sh http://127.0.0.1:8080 USER PASSWORD [N] [PATH]
set -euo pipefail
base=$1 user=$2 pass=$3 n=${4:-200} path=${5:-/}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" \
  --data-urlencode "password=$pass" --data-urlencode "_csrf=$csrf" "$base/login"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$path")
[ "$code" = 200 ] || { echo "GET $path answered $code (sign-in failed?)" >&2; exit 1; }
for _ in $(seq 20); do curl -s -o /dev/null -b "$jar" "$base$path"; done
for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done |
  sort -n | awk '{t[NR]=$1} END {
    p50=t[int(NR*0.5)]; p99=t[int(NR*0.99)]; if (p99=="") p99=t[NR];
    printf "%d requests of %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", NR, "'"$path"'", p50*1000, p99*1000, t[NR]*1000 }'
