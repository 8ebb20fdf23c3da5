package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Location;
import io.tally.plant.model.LocationCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The location register (the plant file's {@code locations}) as the stock commands see it: a code
 * outside it is refused, a location holds no more rounds than its licence, and a location or unit
 * under an open stocktake does not move. Callers check inside the ledger lock, so a stocktake
 * cannot open between the check and the entry.
 */
@Component
class Locations {
  private final PlantService plant;
  private final JdbcClient jdbc;
  private final Units units;

  Locations(PlantService plant, JdbcClient jdbc, Units units) {
    this.plant = plant;
    this.jdbc = jdbc;
    this.units = units;
  }

  /** A registered location with no open stocktake on it. */
  String usable(String field, String code) {
    Location location = registered(field, code);
    frozenBy(code)
        .ifPresent(
            s -> {
              throw CommandRejected.conflict(
                  field, "location " + code + " is frozen by stocktake " + s + " until it closes");
            });
    return location.code().value();
  }

  /** A registered location, refused naming the field when the register does not list it. */
  Location registered(String field, String code) {
    String text = Inputs.location(field, code);
    LocationCode parsed;
    try {
      parsed = new LocationCode(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(field, "no location '" + text + "' in the register");
    }
    return plant
        .plant()
        .findLocation(parsed)
        .orElseThrow(
            () -> CommandRejected.invalid(field, "no location '" + text + "' in the register"));
  }

  /** Refuses {@code adding} rounds at a location when they would pass its licensed maximum. */
  void room(String field, String code, long adding) {
    Location location = registered(field, code);
    long there =
        jdbc.sql(
                "SELECT COALESCE(SUM(quantity), 0) FROM finished_stock WHERE location = ? AND state"
                    + " IN ('QUARANTINE', 'RELEASED', 'HELD')")
            .param(code)
            .query(Long.class)
            .single();
    if (there + adding > location.licensedMaximum()) {
      throw CommandRejected.invalid(
          field,
          "location "
              + code
              + " is licensed for at most "
              + location.licensedMaximum()
              + " rounds; it holds "
              + there
              + ", "
              + adding
              + " more would pass it");
    }
  }

  /**
   * Refuses a unit at a frozen location, or one that is (or holds a unit that is) on an open
   * stocktake's sheet.
   */
  void unitUsable(String field, UnitView unit) {
    usable(field, unit.location());
    Deque<String> todo = new ArrayDeque<>(List.of(unit.sscc()));
    while (!todo.isEmpty()) {
      String sscc = todo.pop();
      jdbc
          .sql(
              "SELECT s.id FROM stocktake_line l JOIN stocktake s ON s.id = l.stocktake WHERE"
                  + " l.sscc = ? AND s.status IN ('OPEN', 'AWAITING')")
          .param(sscc)
          .query(String.class)
          .list()
          .stream()
          .findFirst()
          .ifPresent(
              s -> {
                throw CommandRejected.conflict(
                    field, "unit " + sscc + " is frozen by stocktake " + s + " until it closes");
              });
      todo.addAll(units.children(sscc));
    }
  }

  private Optional<String> frozenBy(String location) {
    return jdbc
        .sql("SELECT id FROM stocktake WHERE status IN ('OPEN', 'AWAITING') AND location = ?")
        .param(location)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }
}
