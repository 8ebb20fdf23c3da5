package io.tally.integration.api;

import java.util.Map;

/** One line per module for the API document's tags (the README's module table says more). */
final class Modules {
  private static final Map<String, String> WHAT =
      Map.ofEntries(
          Map.entry("plant", "The plant file, lines and their lifecycle, acceptance acts."),
          Map.entry("ledger", "The record: entries, verification, checkpoints, replay."),
          Map.entry("security", "Users, roles and your own account."),
          Map.entry("orders", "Customers, authorisations and orders."),
          Map.entry("execution", "Work orders, runs, counts, stops, lots and their corrections."),
          Map.entry("quality", "Sampling, inspection, release, rework, scrap and concessions."),
          Map.entry(
              "traceability",
              "Component lots, packaging units, inventory, shipments, scrap custody, holds,"
                  + " recalls, returns, stocktakes, trace and reconciliation."),
          Map.entry("analytics", "ISO 22400-2 KPIs and stop-reason Paretos."),
          Map.entry("scheduling", "Finite-capacity schedules: solve, compare, accept."),
          Map.entry("twin", "The digital twin's Monte Carlo forecasts."),
          Map.entry("periods", "Monthly statements and period closing."),
          Map.entry(
              "documents",
              "Release certificates, dispatch notes and monthly reports as PDF; issued copies"
                  + " recorded by their SHA-256."),
          Map.entry(
              "integration",
              "The event outbox and ISA-95 (B2MML) exchange: the ways other systems connect."),
          Map.entry("labels", "GS1-128 labels of packaging units and lots, as PDF."),
          Map.entry(
              "machines",
              "Machine connections: each line's live status, and counter jumps held for a person."));

  private Modules() {}

  static String describe(String module) {
    return WHAT.getOrDefault(module, "The " + module + " module.");
  }
}
