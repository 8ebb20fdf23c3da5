package io.tally.quality.sampling;

/** Table I: the sample size code letter for a lot size at an inspection level. */
final class CodeLetters {
  /**
   * One row per lot-size band: the band's largest lot size ({@code *} for no limit), then the
   * letters for S-1, S-2, S-3, S-4, I, II and III.
   */
  private static final String[] TABLE_I = {
    "8 AAAAAAB",
    "15 AAAAABC",
    "25 AABBBCD",
    "50 ABBCCDE",
    "90 BBCCCEF",
    "150 BBCDDFG",
    "280 BCDEEGH",
    "500 BCDEFHJ",
    "1200 CCEFGJK",
    "3200 CDEGHKL",
    "10000 CDFGJLM",
    "35000 CDFHKMN",
    "150000 DEGJLNP",
    "500000 DEGJMPQ",
    "* DEHKNQR",
  };

  static final long SMALLEST_LOT = 2;

  private static final long[] UPPER = new long[TABLE_I.length];
  private static final CodeLetter[][] LETTERS =
      new CodeLetter[TABLE_I.length][InspectionLevel.values().length];

  static {
    for (int band = 0; band < TABLE_I.length; band++) {
      String[] parts = TABLE_I[band].split(" ");
      UPPER[band] = parts[0].equals("*") ? Long.MAX_VALUE : Long.parseLong(parts[0]);
      for (int level = 0; level < LETTERS[band].length; level++) {
        LETTERS[band][level] = CodeLetter.valueOf(String.valueOf(parts[1].charAt(level)));
      }
    }
  }

  private CodeLetters() {}

  static CodeLetter of(long lotSize, InspectionLevel level) {
    requireLotSize(lotSize);
    int band = 0;
    while (lotSize > UPPER[band]) {
      band++;
    }
    return LETTERS[band][level.ordinal()];
  }

  static void requireLotSize(long lotSize) {
    if (lotSize < SMALLEST_LOT) {
      throw new IllegalArgumentException("lot size must be at least 2, was " + lotSize);
    }
  }

  /** The bands' largest lot sizes, the last one {@link Long#MAX_VALUE}; for the table tests. */
  static long[] bandUpperBounds() {
    return UPPER.clone();
  }
}
