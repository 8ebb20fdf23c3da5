package io.tally.quality.sampling;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The counts the switching rules read, for one stream. Each severity's counts start afresh when the
 * stream enters it: the standard counts consecutive lots on that severity.
 */
final class SwitchingCounters {
  static final int WINDOW = 5;
  static final int NOT_ACCEPTED_TO_TIGHTEN = 2;
  static final int ACCEPTED_TO_LEAVE_TIGHTENED = 5;
  static final int NOT_ACCEPTED_TO_DISCONTINUE = 5;
  static final int SCORE_FOR_REDUCED = 30;

  /** The last lots on normal inspection, newest last: true where not accepted. */
  private final Deque<Boolean> normalWindow = new ArrayDeque<>();

  private int score;
  private int tightenedAcceptedRun;
  private int tightenedNotAccepted;

  void restart() {
    normalWindow.clear();
    score = 0;
    tightenedAcceptedRun = 0;
    tightenedNotAccepted = 0;
  }

  int score() {
    return score;
  }

  int tightenedNotAccepted() {
    return tightenedNotAccepted;
  }

  /** Counts a lot on original normal inspection; true when it makes the stream tighten. */
  boolean normalLot(LotDecision lot) {
    boolean notAccepted = lot.result() == LotResult.NOT_ACCEPTED;
    score = nextScore(lot);
    normalWindow.addLast(notAccepted);
    if (normalWindow.size() > WINDOW) {
      normalWindow.removeFirst();
    }
    long inWindow = normalWindow.stream().filter(b -> b).count();
    return notAccepted && inWindow >= NOT_ACCEPTED_TO_TIGHTEN;
  }

  /** Counts a lot on original tightened inspection. */
  void tightenedLot(LotDecision lot) {
    if (lot.result() == LotResult.ACCEPTED) {
      tightenedAcceptedRun++;
    } else {
      tightenedAcceptedRun = 0;
      tightenedNotAccepted++;
    }
  }

  boolean mayLeaveTightened() {
    return tightenedAcceptedRun >= ACCEPTED_TO_LEAVE_TIGHTENED;
  }

  boolean mustDiscontinue() {
    return tightenedNotAccepted >= NOT_ACCEPTED_TO_DISCONTINUE;
  }

  /**
   * ISO 2859-1:1999 9.3.3.2 for single sampling: with Ac &gt;= 2 add 3 if the lot would also have
   * passed one AQL step tighter, with Ac 0 or 1 add 2 if it was accepted; otherwise start again.
   */
  private int nextScore(LotDecision lot) {
    if (lot.result() != LotResult.ACCEPTED) {
      return 0;
    }
    if (lot.ac() < 2) {
      return score + 2;
    }
    int tighterAc = SamplingPlans.tighterNormalAcceptance(lot.planLetter(), lot.aql());
    return lot.d() <= tighterAc ? score + 3 : 0;
  }
}
