package io.tally.traceability;

import static io.tally.traceability.StockState.HELD;
import static io.tally.traceability.StockState.QUARANTINE;
import static io.tally.traceability.StockState.RELEASED;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the rounds and component units were, walked from the ledger entries by the inventory
 * projections' own rules (a take never goes below zero; quality's scrap and samples take from the
 * states in order, locations in name order), so each store's movements can be booked to it.
 */
final class StoreWalk {
  final PeriodFlows finished = new PeriodFlows("STORE_FINISHED");
  final PeriodFlows components = new PeriodFlows("STORE_COMPONENT");
  private final Map<String, TreeMap<String, EnumMap<StockState, Long>>> lots = new HashMap<>();
  private final Map<String, TreeMap<String, Long>> componentLots = new HashMap<>();
  private final Map<String, String> status = new HashMap<>();

  void periodStarts() {
    finished.periodStarts();
    components.periodStarts();
  }

  void status(String lot, String s) {
    status.put(lot, s);
  }

  /** Rounds into stock (produced, corrected, written on): {@code column} says which. */
  void add(String lot, String location, StockState state, long q, int column) {
    at(lot, location).merge(state, q, Long::sum);
    finished.add(location, column, column == PeriodFlows.IN ? q : -q);
  }

  /** A count correction in effect: rounds at the line, held if the lot is held. */
  void corrected(String lot, String line, long q) {
    add(lot, line, "HELD".equals(status.get(lot)) ? HELD : QUARANTINE, q, PeriodFlows.IN);
  }

  void shiftAll(String lot, List<StockState> from, StockState to) {
    for (var place : places(lot).values()) {
      for (StockState s : from) {
        long q = place.getOrDefault(s, 0L);
        place.put(s, 0L);
        place.merge(to, q, Long::sum);
      }
    }
  }

  /** Takes up to q rounds out of stock, states in order, locations in name order. */
  void takeAnywhere(String lot, List<StockState> from, long q, int column) {
    long left = q;
    for (StockState s : from) {
      for (var place : places(lot).entrySet()) {
        long taken = Math.min(left, place.getValue().getOrDefault(s, 0L));
        if (taken > 0) {
          place.getValue().merge(s, -taken, Long::sum);
          finished.add(place.getKey(), column, taken);
          left -= taken;
        }
      }
    }
  }

  /** Rework: the rounds leave the lot and enter the new lot in quarantine where they were. */
  void rework(String lot, String newLot, long q) {
    long left = q;
    for (StockState s : List.of(HELD, QUARANTINE, RELEASED)) {
      for (var place : places(lot).entrySet()) {
        long taken = Math.min(left, place.getValue().getOrDefault(s, 0L));
        if (taken > 0) {
          place.getValue().merge(s, -taken, Long::sum);
          at(newLot, place.getKey()).merge(QUARANTINE, taken, Long::sum);
          left -= taken;
        }
      }
    }
  }

  void move(String lot, StockState state, long q, String from, String to) {
    long moved = Math.min(q, at(lot, from).getOrDefault(state, 0L));
    at(lot, from).merge(state, -moved, Long::sum);
    at(lot, to).merge(state, moved, Long::sum);
    finished.add(from, PeriodFlows.MOVED_OUT, moved);
    finished.add(to, PeriodFlows.MOVED_IN, moved);
  }

  void ship(String lot, String location, long q) {
    long shipped = Math.min(q, at(lot, location).getOrDefault(RELEASED, 0L));
    at(lot, location).merge(RELEASED, -shipped, Long::sum);
    finished.add(location, PeriodFlows.SHIPPED, shipped);
  }

  long inStock(String lot) {
    return places(lot).values().stream()
        .flatMap(m -> m.values().stream())
        .mapToLong(Long::longValue)
        .sum();
  }

  void receive(String componentLot, String location, long q) {
    componentAt(componentLot).merge(location, q, Long::sum);
    components.add(location, PeriodFlows.IN, q);
  }

  void componentAdjusted(String componentLot, String location, long q) {
    componentAt(componentLot).merge(location, q, Long::sum);
    components.add(location, PeriodFlows.ADJUSTED, -q);
  }

  void componentTake(String componentLot, String location, long q, int column) {
    long taken = Math.min(q, componentAt(componentLot).getOrDefault(location, 0L));
    componentAt(componentLot).merge(location, -taken, Long::sum);
    components.add(location, column, taken);
  }

  void componentMove(String componentLot, String from, String to, long q) {
    long taken = Math.min(q, componentAt(componentLot).getOrDefault(from, 0L));
    componentAt(componentLot).merge(from, -taken, Long::sum);
    componentAt(componentLot).merge(to, taken, Long::sum);
    components.add(from, PeriodFlows.MOVED_OUT, taken);
    components.add(to, PeriodFlows.MOVED_IN, taken);
  }

  private TreeMap<String, EnumMap<StockState, Long>> places(String lot) {
    return lots.computeIfAbsent(lot, k -> new TreeMap<>());
  }

  private EnumMap<StockState, Long> at(String lot, String location) {
    return places(lot).computeIfAbsent(location, k -> new EnumMap<>(StockState.class));
  }

  private TreeMap<String, Long> componentAt(String componentLot) {
    return componentLots.computeIfAbsent(componentLot, k -> new TreeMap<>());
  }
}
