package io.tally.traceability;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A component lot: where it came from, its quality state (QUARANTINE, RELEASED or REJECTED), the
 * supplier's certificate, the date after which it may not be used (expiry, re-test) and the units
 * in stock. A lot received before quarantine existed is RELEASED with no certificate.
 */
public record ComponentLotView(
    String componentLot,
    String component,
    String supplier,
    String supplierLot,
    long received,
    String state,
    @Nullable String certificate,
    @Nullable LocalDate expiry,
    @Nullable LocalDate retest,
    long inStock) {
  public static final String QUARANTINE = "QUARANTINE";
  public static final String RELEASED = "RELEASED";
  public static final String REJECTED = "REJECTED";

  /** The earlier of the expiry and re-test dates: the last day the lot may be used. */
  public @Nullable LocalDate useBy() {
    if (expiry == null) {
      return retest;
    }
    return retest == null || expiry.isBefore(retest) ? expiry : retest;
  }
}
