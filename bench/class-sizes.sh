#!/usr/bin/env bash
# Class sizes of the main code, the figures issue 11 asks for: per module the number of
# classes (files), the median and largest file in lines, and the files over 200 lines.
# Usage: bench/class-sizes.sh [src/main/java]
set -euo pipefail
root="${1:-src/main/java}"
find "$root" -name '*.java' ! -name package-info.java -print0 \
  | xargs -0 wc -l | grep -v ' total$' \
  | awk -v root="$root" '
    { n = $1; f = $2; rel = substr(f, length(root) + 2);
      split(rel, p, "/"); mod = (p[3] ~ /\.java$/) ? "(root)" : p[3];
      all[++N] = n; cnt[mod]++; sizes[mod, cnt[mod]] = n;
      if (n > max[mod]) { max[mod] = n; big[mod] = f }
      if (n > 200) over[++O] = n " " rel }
    function median(arr, k,   i, j, t) {
      for (i = 2; i <= k; i++) { t = arr[i]; for (j = i - 1; j >= 1 && arr[j] > t; j--) arr[j + 1] = arr[j]; arr[j + 1] = t }
      return (k % 2) ? arr[(k + 1) / 2] : (arr[k / 2] + arr[k / 2 + 1]) / 2 }
    END {
      printf "%-14s %7s %7s %7s  %s\n", "module", "classes", "median", "largest", "file";
      for (m in cnt) { delete a; for (i = 1; i <= cnt[m]; i++) a[i] = sizes[m, i];
        printf "%-14s %7d %7s %7d  %s\n", m, cnt[m], median(a, cnt[m]), max[m], big[m] } 
      printf "\nall: %d classes, median %s lines, %d over 200 lines\n", N, median(all, N), O;
      for (i = 1; i <= O; i++) print "  " over[i] }' 
