package io.tally.execution.lot;

import io.tally.plant.model.Product.LotRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Books a count report into a run's lots by the product's lot rule. A lot whose hours have passed
 * is closed (TIME) before the report is booked, so the report's rounds go into a new lot rather
 * than into a lot that should already be closed. Good rounds fill the open lot up to the rule's
 * quantity; at exactly that quantity it closes (QUANTITY) and the rest of the report goes into the
 * next lot. A new lot opens only when there is something to book into it, so no lot is ever empty
 * because of a rule. Scrap is booked with the first part of the report.
 */
public final class LotFilling {
  private LotFilling() {}

  /** The open lot of a run: when it opened and its good count so far. */
  public record OpenLot(Instant openedAt, long good) {
    public OpenLot {
      Objects.requireNonNull(openedAt, "openedAt");
      if (good < 0) {
        throw new IllegalArgumentException("good count cannot be negative");
      }
    }
  }

  /** One thing to do, in order, to book a report. */
  public sealed interface Step {}

  /** Close the open lot by this rule. */
  public record Close(CloseRule rule) implements Step {}

  /** Open a new lot for the run. */
  public record Open() implements Step {}

  /** Book these counts into the open lot. */
  public record Book(long good, long scrap) implements Step {}

  public static boolean expired(LotRule rule, Instant openedAt, Instant now) {
    long limitMillis = Math.round(rule.maxHours() * 3_600_000d);
    return Duration.between(openedAt, now).toMillis() >= limitMillis;
  }

  /**
   * The steps that book {@code good} and {@code scrap} at {@code now} for a run whose open lot is
   * {@code open} (null when the run has none open).
   */
  public static List<Step> book(LotRule rule, OpenLot open, Instant now, long good, long scrap) {
    if (good < 0 || scrap < 0 || good + scrap == 0) {
      throw new IllegalArgumentException("a report books a positive good or scrap count");
    }
    List<Step> steps = new ArrayList<>();
    long inLot = -1;
    if (open != null) {
      if (expired(rule, open.openedAt(), now)) {
        steps.add(new Close(CloseRule.TIME));
      } else {
        inLot = open.good();
      }
    }
    long goodLeft = good;
    long scrapLeft = scrap;
    while (goodLeft > 0 || scrapLeft > 0) {
      if (inLot >= rule.maxQuantity()) {
        // Only after the plant file lowered the lot quantity: the lot is already full.
        steps.add(new Close(CloseRule.QUANTITY));
        inLot = -1;
      }
      if (inLot < 0) {
        steps.add(new Open());
        inLot = 0;
      }
      long portion = Math.min(goodLeft, rule.maxQuantity() - inLot);
      steps.add(new Book(portion, scrapLeft));
      goodLeft -= portion;
      scrapLeft = 0;
      inLot += portion;
      if (inLot >= rule.maxQuantity()) {
        steps.add(new Close(CloseRule.QUANTITY));
        inLot = -1;
      }
    }
    return steps;
  }
}
