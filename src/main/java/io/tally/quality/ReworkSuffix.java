package io.tally.quality;

/**
 * The suffix letters of reworked lots: the first rework of a lot is A, then B ... Z, AA, AB ... ZZ.
 * Every rework of a lot and of its reworked lots counts on the original lot, so a lot reworked,
 * held again and reworked again gives suffix B, never AA.
 */
final class ReworkSuffix {
  /** A, ..., Z, AA, ..., ZZ: 26 + 26 x 26. */
  static final int LIMIT = 26 + 26 * 26;

  private ReworkSuffix() {}

  /** The suffix of the rework numbered {@code index}, 0 for the first. */
  static String of(int index) {
    if (index < 0 || index >= LIMIT) {
      throw new IllegalArgumentException(
          "a lot can be reworked at most " + LIMIT + " times (suffix A to ZZ)");
    }
    if (index < 26) {
      return String.valueOf((char) ('A' + index));
    }
    int two = index - 26;
    return "" + (char) ('A' + two / 26) + (char) ('A' + two % 26);
  }
}
