package io.tally.analytics;

import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plant file in force at an instant: the last one loaded at or before it, or the first one
 * loaded when the instant is older than every load (the plant's history starts with its first
 * file). Parsed files are kept by ledger sequence, since a version never changes.
 */
@Component
class PlantVersions {
  private final JdbcClient jdbc;
  private final PlantService plant;
  private final Map<Long, Plant> parsed = new ConcurrentHashMap<>();

  PlantVersions(JdbcClient jdbc, PlantService plant) {
    this.jdbc = jdbc;
    this.plant = plant;
  }

  /** The loads in time order: when each came into force and its ledger sequence. */
  private record Load(long seq, Instant at) {}

  /** A view of the versions for one request, read once. */
  History history() {
    List<Load> loads = new ArrayList<>();
    jdbc.sql("SELECT seq, loaded_at FROM kpi_plant_version ORDER BY seq")
        .query(
            rs -> {
              loads.add(new Load(rs.getLong(1), rs.getTimestamp(2).toInstant()));
            });
    return new History(loads);
  }

  final class History {
    private final List<Load> loads;

    private History(List<Load> loads) {
      this.loads = loads;
    }

    /** The plant file in force at an instant; the current one if the ledger holds none. */
    Plant at(Instant t) {
      if (loads.isEmpty()) {
        return plant.plant();
      }
      Load inForce = loads.get(0);
      for (Load l : loads) {
        if (l.at().isAfter(t)) {
          break;
        }
        inForce = l;
      }
      return parsed.computeIfAbsent(inForce.seq(), PlantVersions.this::parse);
    }
  }

  private Plant parse(long seq) {
    String text =
        jdbc.sql("SELECT text FROM kpi_plant_version WHERE seq = ?")
            .param(seq)
            .query(String.class)
            .single();
    try {
      return PlantFileReader.parse("plant file of ledger entry " + seq, text);
    } catch (RuntimeException e) {
      // A file the reader of today refuses (a rule added since) cannot give its rules; the current
      // plant file stands in for it rather than the figures failing.
      return plant.plant();
    }
  }
}
