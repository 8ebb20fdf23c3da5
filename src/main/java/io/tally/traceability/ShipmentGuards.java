package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.orders.Authorisation;
import io.tally.plant.PlantService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks a shipment must pass when it is created and again when it is dispatched. */
@Component
class ShipmentGuards {
  private final JdbcClient jdbc;
  private final FinishedStock stock;
  private final PlantService plant;
  private final Clock clock;
  private final Locations locations;
  private final Units units;

  ShipmentGuards(
      JdbcClient jdbc,
      FinishedStock stock,
      PlantService plant,
      Clock clock,
      Locations locations,
      Units units) {
    this.jdbc = jdbc;
    this.stock = stock;
    this.plant = plant;
    this.clock = clock;
    this.locations = locations;
    this.units = units;
  }

  /** Nothing leaves a location, nor a unit, while a stocktake counts it. */
  void requireUnfrozen(ShipmentView s) {
    for (ShipmentView.Line l : s.lines()) {
      if (l.unit() != null) {
        locations.unitUsable("lines", units.find(l.unit()).orElseThrow());
      } else {
        locations.usable("lines", l.location());
      }
    }
  }

  /** Between approval and dispatch a lot may be held or its rounds moved: check again. */
  void requireStillReleased(ShipmentView s) {
    Map<String, Long> wanted = new HashMap<>();
    for (ShipmentView.Line l : s.lines()) {
      wanted.merge(l.lot() + "\n" + l.location(), l.quantity(), Long::sum);
      String status =
          jdbc.sql("SELECT status FROM finished_lot WHERE lot = ?")
              .param(l.lot())
              .query(String.class)
              .single();
      if (!status.equals("RELEASED")) {
        throw CommandRejected.conflict(
            "lines", "lot " + l.lot() + " is " + status + " now, not released");
      }
    }
    for (var w : wanted.entrySet()) {
      String[] k = w.getKey().split("\n");
      long have = stock.quantity(k[0], k[1], StockState.RELEASED);
      if (have < w.getValue()) {
        throw CommandRejected.conflict(
            "lines",
            "lot "
                + k[0]
                + " has "
                + have
                + " released rounds at "
                + k[1]
                + ", the shipment needs "
                + w.getValue());
      }
    }
  }

  void requireValidToday(Authorisation auth) {
    if (!auth.isActive()) {
      throw CommandRejected.conflict(
          "authorisation",
          "authorisation " + auth.id() + " is " + auth.status() + "; nothing ships under it");
    }
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    if (today.isBefore(auth.validFrom())) {
      throw CommandRejected.invalid(
          "authorisation",
          "authorisation " + auth.id() + " is valid only from " + auth.validFrom());
    }
    if (today.isAfter(auth.validTo())) {
      throw CommandRejected.invalid(
          "authorisation", "authorisation " + auth.id() + " expired on " + auth.validTo());
    }
  }
}
