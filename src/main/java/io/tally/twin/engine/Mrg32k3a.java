package io.tally.twin.engine;

/**
 * L'Ecuyer's MRG32k3a combined multiple recursive generator (period about 2^191), split into
 * streams of 2^127 numbers, each split into substreams of 2^76, so that every (replication, line,
 * source of randomness) gets its own independent sequence and scenarios share them (common random
 * numbers). Not thread-safe: one instance belongs to one simulation thread.
 */
public final class Mrg32k3a {
  static final long M1 = 4294967087L;
  static final long M2 = 4294944443L;
  private static final long A12 = 1403580L;
  private static final long A13N = 810728L;
  private static final long A21 = 527612L;
  private static final long A23N = 1370589L;
  private static final double NORM = 2.328306549295727688e-10;
  private static final long LOW32 = 0xFFFFFFFFL;
  private static final long D1 = (1L << 32) - M1;
  private static final long D2 = (1L << 32) - M2;

  private long s10;
  private long s11;
  private long s12;
  private long s20;
  private long s21;
  private long s22;

  private Mrg32k3a(long[] seed) {
    s10 = seed[0];
    s11 = seed[1];
    s12 = seed[2];
    s20 = seed[3];
    s21 = seed[4];
    s22 = seed[5];
  }

  /** A generator at the start of the given six-component seed (validated). */
  public static Mrg32k3a of(long... seed) {
    return new Mrg32k3a(JumpTables.check(seed));
  }

  /** The seed of six equal components made from one number: 12345 gives SSJ's default seed. */
  public static long[] seedOf(long seed) {
    long s = 1 + Math.floorMod(seed - 1, M2 - 1);
    return new long[] {s, s, s, s, s, s};
  }

  /** The start of stream {@code index} counted from {@code seed} (stream 0 starts at the seed). */
  public static Mrg32k3a stream(long[] seed, long index) {
    return new Mrg32k3a(JumpTables.STREAMS.jump(JumpTables.check(seed), index));
  }

  /** A new generator at the start of substream {@code index} of the stream this one started. */
  public Mrg32k3a substream(long index) {
    return new Mrg32k3a(JumpTables.SUBSTREAMS.jump(state(), index));
  }

  long[] state() {
    return new long[] {s10, s11, s12, s20, s21, s22};
  }

  /**
   * The next uniform number in (0, 1); never exactly 0 or 1.
   *
   * <p>The recurrences are reduced without division: the negative term is made positive by adding a
   * multiple of the modulus (-a x = a (m - x) mod m), and since m = 2^32 - d, folding the high half
   * (x = hi 2^32 + lo = hi d + lo mod m) twice leaves a value below 2 m. Same numbers as the
   * textbook form, about a third faster.
   */
  public double nextDouble() {
    long p1 = A12 * s11 + A13N * (M1 - s10);
    p1 = (p1 & LOW32) + (p1 >>> 32) * D1;
    p1 = (p1 & LOW32) + (p1 >>> 32) * D1;
    if (p1 >= M1) {
      p1 -= M1;
    }
    s10 = s11;
    s11 = s12;
    s12 = p1;
    long p2 = A21 * s22 + A23N * (M2 - s20);
    p2 = (p2 & LOW32) + (p2 >>> 32) * D2;
    p2 = (p2 & LOW32) + (p2 >>> 32) * D2;
    if (p2 >= M2) {
      p2 -= M2;
    }
    s20 = s21;
    s21 = s22;
    s22 = p2;
    return p1 > p2 ? (p1 - p2) * NORM : (p1 - p2 + M1) * NORM;
  }
}
