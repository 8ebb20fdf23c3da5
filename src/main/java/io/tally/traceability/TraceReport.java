package io.tally.traceability;

import java.util.List;

/**
 * A trace both ways. For a finished lot: what went into it (component lots, quantities) and where
 * it went. For a component lot: which finished lots it went into and which shipments and customers
 * they reached (a recall list). For a packaging unit: its content, traced as its lots are.
 */
public record TraceReport(
    String query,
    String kind,
    FinishedLot finishedLot,
    ComponentLot componentLot,
    UnitView unit,
    List<ComponentUse> components,
    List<LotUse> finishedLots,
    List<ShipmentReach> shipments,
    List<String> customers) {

  /**
   * A finished lot, its rework history, its stock, its scrap in custody (reject store, awaiting
   * destruction, destroyed) and its retained reference samples.
   */
  public record FinishedLot(
      String lot,
      String product,
      String line,
      String status,
      String parentLot,
      List<String> reworkedInto,
      List<Inventory.StockLine> stock,
      List<ScrapRow> scrap,
      List<RetainedSampleView> retained) {}

  /** A component lot as received. */
  public record ComponentLot(
      String componentLot, String component, String supplier, String supplierLot, long received) {}

  /** Units of a component lot consumed into a finished lot. */
  public record ComponentUse(
      String componentLot,
      String component,
      String supplier,
      String supplierLot,
      String lot,
      long quantity) {}

  /**
   * A finished lot reached: {@code quantity} units of the traced material went into it; {@code via}
   * names the lot it was reworked from, when it was reached through rework.
   */
  public record LotUse(String lot, String product, String status, long quantity, String via) {}

  /** Rounds of a lot on a shipment, with the customer and the shipment's status. */
  public record ShipmentReach(
      String shipment,
      String customer,
      String authorisation,
      String status,
      String lot,
      String unit,
      long quantity) {}
}
