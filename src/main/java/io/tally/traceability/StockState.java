package io.tally.traceability;

import java.util.List;

/**
 * Where finished rounds stand; the first three are "in stock", the rest have left it. RETAINED
 * rounds are reference samples: kept, but never packed or shipped.
 */
public enum StockState {
  QUARANTINE,
  RELEASED,
  HELD,
  SHIPPED,
  SCRAPPED,
  CONSUMED_BY_TESTING,
  REWORKED,
  RETAINED;

  /** The states rounds can still leave: in stock at a location. */
  static final List<StockState> IN_STOCK = List.of(QUARANTINE, RELEASED, HELD);
}
