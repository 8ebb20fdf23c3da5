package io.tally.scheduling.solver;

import java.util.SplittableRandom;

/** Writes small random instances in the Vallada and Ruiz text format, for tests. */
final class VrInstances {
  private VrInstances() {}

  static String random(int n, int m, int maxSetup, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    b.append(n).append("  ").append(m).append("  1\n").append(m).append('\n');
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < m; k++) {
        b.append('\t').append(k).append('\t').append(1 + r.nextInt(99));
      }
      b.append('\n');
    }
    b.append("SSD\n");
    for (int k = 0; k < m; k++) {
      b.append('M').append(k).append('\n');
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          b.append(j == 0 ? "" : "\t").append(1 + r.nextInt(maxSetup));
        }
        b.append('\n');
      }
    }
    return b.toString();
  }
}
