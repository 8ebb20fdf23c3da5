package io.tally.execution;

import io.tally.kernel.CommandRejected;

/**
 * What another module has done with a lot's good rounds (released, sampled, packed, shipped), which
 * a count correction must leave standing. Modules that use lots implement it; execution asks each
 * before it corrects a count, so it need not know their tables.
 */
public interface LotClaims {
  /**
   * Refuses, with a {@link CommandRejected} naming the field, a correction that would leave {@code
   * lot} with {@code good} good rounds and {@code goodChange} rounds more than now.
   */
  void admit(String lot, long good, long goodChange);
}
