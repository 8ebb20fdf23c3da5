package io.tally.execution.lot;

import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Tally's MIL-STD-1168 numbering. The interfix is fixed per line and product: the position (from
 * 001) of the line's capability for the product in the plant file, counting the lines' capabilities
 * in file order (reference plant: L1 ball 001, L2 ball 002, L3 tracer 003, L3 blank 004, L4 tracer
 * 005, L4 blank 006), so lots of different items or lines never share an interfix (1168 §4.4.5).
 * New lines and products are added at the end of the file so earlier interfixes keep their meaning.
 * The sequence advances by one at each new lot within an interfix and year of production (the
 * site's time zone) and starts again at 001 in a new year; the month letter is the month the lot
 * opened. Past sequence 999 within one interfix and year no further lot can be numbered: opening
 * one is refused, and the plant must move that line and product to a new interfix.
 */
public final class LotNumbering {
  public static final int MAX_SEQUENCE = 999;

  private LotNumbering() {}

  /** The interfix of a line and product, or -1 when the line cannot make the product. */
  public static int interfix(Plant plant, LineId line, ProductCode product) {
    int position = 0;
    for (Line l : plant.lines()) {
      for (Line.Capability c : l.capabilities()) {
        position++;
        if (l.id().equals(line) && c.product().equals(product)) {
          return position;
        }
      }
    }
    return -1;
  }

  /** The year of production a lot opened at this instant belongs to (4 digits). */
  public static int productionYear(Plant plant, Instant at) {
    return ZonedDateTime.ofInstant(at, plant.site().zone()).getYear();
  }

  /**
   * The number of the next lot, given the highest sequence already used in this interfix and year
   * (0 for none).
   *
   * @throws SequenceExhausted past sequence 999
   */
  public static LotNumber next(Plant plant, Instant at, int interfix, int lastSequence) {
    if (lastSequence >= MAX_SEQUENCE) {
      throw new SequenceExhausted(interfix, productionYear(plant, at));
    }
    ZonedDateTime local = ZonedDateTime.ofInstant(at, plant.site().zone());
    return LotNumber.of(
        plant.site().manufacturerSymbol(),
        local.getYear(),
        local.getMonth(),
        interfix,
        lastSequence + 1);
  }

  /** No sequence is left in an interfix for the year. */
  public static final class SequenceExhausted extends RuntimeException {
    public SequenceExhausted(int interfix, int year) {
      super(
          String.format(
              "interfix %03d has used all %d lot sequences of %d; move this line and product to a"
                  + " new interfix",
              interfix, MAX_SEQUENCE, year));
    }
  }
}
