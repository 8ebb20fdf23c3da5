package io.tally.twin.engine;

/**
 * The transition matrices of MRG32k3a raised to 2^(k+j) for the stream (k = 127) and substream (k =
 * 76) lengths, computed once by repeated squaring rather than typed in, so that jumping to stream n
 * costs one matrix-vector product per set bit of n.
 */
final class JumpTables {
  static final JumpTables STREAMS = new JumpTables(127);
  static final JumpTables SUBSTREAMS = new JumpTables(76);

  private static final int LEVELS = 63;
  private final long[][] first = new long[LEVELS][];
  private final long[][] second = new long[LEVELS][];

  private JumpTables(int log2) {
    long[] a1 = {0, 1, 0, 0, 0, 1, Mrg32k3a.M1 - 810728L, 1403580L, 0};
    long[] a2 = {0, 1, 0, 0, 0, 1, Mrg32k3a.M2 - 1370589L, 0, 527612L};
    for (int i = 0; i < log2; i++) {
      a1 = square(a1, Mrg32k3a.M1);
      a2 = square(a2, Mrg32k3a.M2);
    }
    for (int j = 0; j < LEVELS; j++) {
      first[j] = a1;
      second[j] = a2;
      a1 = square(a1, Mrg32k3a.M1);
      a2 = square(a2, Mrg32k3a.M2);
    }
  }

  long[] jump(long[] seed, long times) {
    if (times < 0) {
      throw new IllegalArgumentException("a stream index must not be negative, got " + times);
    }
    long[] s1 = {seed[0], seed[1], seed[2]};
    long[] s2 = {seed[3], seed[4], seed[5]};
    for (int j = 0; j < LEVELS; j++) {
      if ((times >>> j & 1) != 0) {
        s1 = times(first[j], s1, Mrg32k3a.M1);
        s2 = times(second[j], s2, Mrg32k3a.M2);
      }
    }
    return new long[] {s1[0], s1[1], s1[2], s2[0], s2[1], s2[2]};
  }

  static long[] check(long[] seed) {
    if (seed.length != 6) {
      throw new IllegalArgumentException("an MRG32k3a seed has 6 components");
    }
    for (int i = 0; i < 6; i++) {
      long m = i < 3 ? Mrg32k3a.M1 : Mrg32k3a.M2;
      if (seed[i] < 0 || seed[i] >= m) {
        throw new IllegalArgumentException("seed component " + i + " out of range: " + seed[i]);
      }
    }
    if (seed[0] + seed[1] + seed[2] == 0 || seed[3] + seed[4] + seed[5] == 0) {
      throw new IllegalArgumentException("seed components 0-2 and 3-5 must not be all zero");
    }
    return seed.clone();
  }

  /** (a * b) mod m for a, b < 2^32: the product fits in 64 unsigned bits. */
  private static long mulMod(long a, long b, long m) {
    return Long.remainderUnsigned(a * b, m);
  }

  private static long[] square(long[] a, long m) {
    long[] c = new long[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        long sum = 0;
        for (int k = 0; k < 3; k++) {
          sum = (sum + mulMod(a[3 * i + k], a[3 * k + j], m)) % m;
        }
        c[3 * i + j] = sum;
      }
    }
    return c;
  }

  private static long[] times(long[] a, long[] v, long m) {
    long[] out = new long[3];
    for (int i = 0; i < 3; i++) {
      long sum = 0;
      for (int k = 0; k < 3; k++) {
        sum = (sum + mulMod(a[3 * i + k], v[k], m)) % m;
      }
      out[i] = sum;
    }
    return out;
  }
}
