package io.tally.traceability;

/** The requests of the component commands: receipt, issue to a line, consumption, scrap. */
public final class ComponentRequests {
  private ComponentRequests() {}

  /** A component lot received into stores from a supplier. */
  public record Receipt(
      String componentLot,
      String component,
      String supplier,
      String supplierLot,
      Long quantity,
      String location) {}

  /** Component units issued from stores to a line. */
  public record Issue(String componentLot, Long quantity, String from, String line) {}

  /** N units of component lot C consumed into finished lot F, at a location (default the line). */
  public record Consumption(String componentLot, String lot, Long quantity, String location) {}

  /** Component units written off at a location, with the reason. */
  public record Scrap(String componentLot, Long quantity, String location, String reason) {}
}
