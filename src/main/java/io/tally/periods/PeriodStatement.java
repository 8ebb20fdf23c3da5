package io.tally.periods;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One month's statement, all from ledger entries by their recorded time in plant time: per product
 * (finished rounds), per component, per store and material, per authorisation; whether it balances
 * and why not; and, once closed, the close that froze it.
 */
public record PeriodStatement(
    YearMonth period,
    String zone,
    Instant from,
    Instant to,
    Status status,
    boolean balanced,
    long lastSeq,
    List<Line> products,
    List<Line> components,
    List<Line> stores,
    List<AuthorisationLine> authorisations,
    List<Difference> differences,
    List<CarriedForward> carriedForward,
    @Nullable Closure closure) {

  /** OPEN: not ended yet; ENDED: over, not closed; CLOSED: frozen by a PeriodClosed entry. */
  public enum Status {
    OPEN,
    ENDED,
    CLOSED
  }

  /**
   * One subject's movement over the month: opening + in + moved in - moved out - shipped - consumed
   * - tested - destroyed - adjusted = closing. {@code kind} is PRODUCT (finished rounds of a
   * product), COMPONENT (units of a component), STORE_FINISHED or STORE_COMPONENT (what a location
   * holds); {@code in} is produced (good, count corrections in effect) or received; {@code
   * adjusted} is what stocktakes wrote off (found is negative).
   */
  public record Line(
      String kind,
      String subject,
      long opening,
      long in,
      long movedIn,
      long movedOut,
      long shipped,
      long consumed,
      long tested,
      long destroyed,
      long adjusted,
      long closing) {

    /** Whether closing is what opening and the month's movements make. */
    public boolean adds() {
      return opening + in + movedIn - movedOut - shipped - consumed - tested - destroyed - adjusted
          == closing;
    }
  }

  /**
   * An authorisation: its quantity at the month's end, what was used before (shipments created less
   * cancelled), used and dispatched in the month, and what remains.
   */
  public record AuthorisationLine(
      String authorisation,
      long authorised,
      long usedBefore,
      long usedInPeriod,
      long shippedInPeriod,
      long remaining) {}

  /** A rule that does not hold, for whom, by how much. */
  public record Difference(String subject, String rule, long expected, long actual) {}

  /** An entry about a closed month carried into this one: its sequence and what it was about. */
  public record CarriedForward(
      long seq, YearMonth period, String field, Instant occurredAt, String actor) {}

  /** Who closed the month, when, the figures' SHA-256 and the signed checkpoint it rests on. */
  public record Closure(
      long seq,
      String closedBy,
      Instant closedAt,
      String sha256,
      long checkpointSize,
      String checkpointRoot) {}
}
