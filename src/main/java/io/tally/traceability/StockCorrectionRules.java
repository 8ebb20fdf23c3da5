package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.traceability.StockCorrectionEvent.ConsumptionCorrected;
import io.tally.traceability.StockCorrectionEvent.Material;
import io.tally.traceability.StockCorrectionEvent.MoveCorrected;
import io.tally.traceability.StockCorrectionEvent.Moved;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a consumption or move correction may do, checked when it is asked for and again when a
 * second person approves it: the entry it names, the stock it takes being there, the locations not
 * frozen by a stocktake, and whether it is large enough to wait for a second person.
 */
@Component
class StockCorrectionRules {
  private final LedgerEntries entries;
  private final JdbcClient jdbc;
  private final Components components;
  private final Locations locations;
  private final Units units;
  private final UnitChecks checks;
  private final Availability availability;
  private final StockCorrectionQueries queries;
  private final StockCorrectionProperties properties;

  StockCorrectionRules(
      LedgerEntries entries,
      JdbcClient jdbc,
      Components components,
      Locations locations,
      Units units,
      UnitChecks checks,
      Availability availability,
      StockCorrectionQueries queries,
      StockCorrectionProperties properties) {
    this.entries = entries;
    this.jdbc = jdbc;
    this.components = components;
    this.locations = locations;
    this.units = units;
    this.checks = checks;
    this.availability = availability;
    this.queries = queries;
    this.properties = properties;
  }

  /** Consumption {@code seq} corrected to {@code quantity} units (0 for a void). */
  ConsumptionCorrected consumption(long seq, long quantity, boolean voided, String reason) {
    var p = entry(seq, List.of(TraceEvents.COMPONENTS_CONSUMED)).payload();
    noPending(seq);
    long now =
        jdbc.sql("SELECT quantity FROM consumption WHERE seq = ?")
            .param(seq)
            .query(Long.class)
            .optional()
            .orElse(0L);
    long change = quantity - now;
    if (change == 0) {
      throw CommandRejected.invalid(
          voided ? "void" : "quantity",
          "consumption " + seq + " already carries " + now + " units");
    }
    admitConsumption(p.text("componentLot"), p.text("location"), change);
    return new ConsumptionCorrected(
        seq,
        p.text("componentLot"),
        p.text("component"),
        p.text("lot"),
        p.text("location"),
        quantity,
        change,
        voided,
        reason,
        secondPerson(Math.abs(change)));
  }

  /** More units consumed must be at the location; units given back go there; it is not frozen. */
  void admitConsumption(String componentLot, String location, long change) {
    locations.usable("corrects", location);
    if (change > 0) {
      components.requireStock(componentLot, location, change, "quantity");
    }
  }

  /** Move {@code seq} corrected: what it moved goes to {@code to}, or back where it came from. */
  MoveCorrected move(long seq, String to, boolean voided, String reason) {
    LedgerEntry e = entry(seq, List.of(TraceEvents.UNIT_MOVED, TraceEvents.STOCK_MOVED));
    queries.of(seq).stream()
        .findFirst()
        .ifPresent(
            c -> {
              throw CommandRejected.conflict(
                  "corrects",
                  "move "
                      + seq
                      + " was corrected by entry "
                      + c.seq()
                      + "; move the stock as usual");
            });
    var p = e.payload();
    String movedFrom = p.text("from");
    String movedTo = p.text("to");
    String target;
    if (voided) {
      if (to != null) {
        throw CommandRejected.invalid(
            "to", "a void takes the stock back to " + movedFrom + "; give no 'to'");
      }
      target = movedFrom;
    } else {
      if (to == null) {
        throw CommandRejected.invalid(
            "to", "give the location the move should have gone to, or void: true");
      }
      target = Inputs.location("to", to);
    }
    if (target.equals(movedTo)) {
      throw CommandRejected.invalid("to", "move " + seq + " went to " + target + " already");
    }
    Material material;
    String unit = null;
    List<Moved> asMoved;
    if (e.type().equals(TraceEvents.UNIT_MOVED)) {
      material = Material.UNIT;
      unit = p.text("unit");
      asMoved = List.of();
    } else {
      material = Material.valueOf(p.text("material"));
      asMoved = List.of(new Moved(p.text("lot"), null, p.number("quantity")));
    }
    List<Moved> contents = contentsNow(material, unit, asMoved, movedTo, target);
    long size = contents.stream().mapToLong(Moved::quantity).sum();
    return new MoveCorrected(
        seq, material, unit, movedTo, target, contents, voided, reason, secondPerson(size));
  }

  /**
   * What goes from {@code from} to {@code to} now, each finished lot's rounds in their live state:
   * refused when it is no longer all at {@code from}, or a location is frozen or full.
   */
  List<Moved> contentsNow(
      Material material, String unit, List<Moved> asMoved, String from, String to) {
    locations.usable("to", to);
    locations.usable("corrects", from);
    return switch (material) {
      case UNIT -> unitNow(unit, from, to);
      case COMPONENT -> {
        for (Moved m : asMoved) {
          components.requireStock(m.lot(), from, m.quantity(), "corrects");
        }
        yield asMoved;
      }
      case FINISHED -> {
        Moved m = asMoved.get(0);
        StockState state = availability.liveState(m.lot());
        if (state == null) {
          throw CommandRejected.notFound("corrects", "no finished lot '" + m.lot() + "'");
        }
        long free = availability.loose(m.lot(), from, state);
        if (free < m.quantity()) {
          throw CommandRejected.conflict(
              "corrects",
              "lot "
                  + m.lot()
                  + " has "
                  + Math.max(free, 0)
                  + " loose rounds at "
                  + from
                  + " now, not the "
                  + m.quantity()
                  + " the move took there");
        }
        locations.room("to", to, m.quantity());
        yield List.of(new Moved(m.lot(), state, m.quantity()));
      }
    };
  }

  private List<Moved> unitNow(String sscc, String from, String to) {
    UnitView u = checks.packed("corrects", sscc);
    if (!u.location().equals(from)) {
      throw CommandRejected.conflict(
          "corrects", "unit " + sscc + " is at " + u.location() + " now, not " + from);
    }
    if (u.parent() != null) {
      throw CommandRejected.conflict(
          "corrects", "unit " + sscc + " is inside unit " + u.parent() + " now");
    }
    units
        .pendingShipment(sscc)
        .ifPresent(
            s -> {
              throw CommandRejected.conflict(
                  "corrects", "unit " + sscc + " is promised to shipment " + s);
            });
    locations.room("to", to, u.quantity());
    return u.contents().stream()
        .map(c -> new Moved(c.lot(), availability.liveState(c.lot()), c.quantity()))
        .toList();
  }

  private LedgerEntry entry(long seq, List<String> types) {
    LedgerEntry e =
        entries
            .find(seq)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "corrects", "ledger entry " + seq + " does not exist"));
    if (!types.contains(e.type())) {
      throw CommandRejected.invalid(
          "corrects",
          "ledger entry " + seq + " is a " + e.type() + ", not a " + String.join(" or ", types));
    }
    return e;
  }

  private void noPending(long seq) {
    queries.of(seq).stream()
        .filter(StockCorrectionView::pending)
        .findFirst()
        .ifPresent(
            c -> {
              throw CommandRejected.conflict(
                  "corrects",
                  "correction "
                      + c.seq()
                      + " of entry "
                      + seq
                      + " awaits a second person's approval");
            });
  }

  /** A correction's reason: required, printable, at most 400 characters. */
  static String reason(String text) {
    if (text == null || text.isBlank()) {
      throw CommandRejected.invalid("reason", "a correction needs a reason");
    }
    return Inputs.text("reason", text, 400);
  }

  private boolean secondPerson(long size) {
    return size > properties.secondPersonAbove();
  }
}
