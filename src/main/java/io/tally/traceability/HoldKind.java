package io.tally.traceability;

/** What a hold or a recall names: a finished lot, a component lot, or a packaging unit (SSCC). */
public enum HoldKind {
  LOT,
  COMPONENT_LOT,
  UNIT
}
