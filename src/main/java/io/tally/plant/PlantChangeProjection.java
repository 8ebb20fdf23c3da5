package io.tally.plant;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.PlantEvent.PlantChangeApproved;
import io.tally.plant.PlantEvent.PlantChangeProposed;
import io.tally.plant.PlantEvent.PlantFileLoaded;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposed and approved plant-file changes, and the text of every file the ledger carries. */
@Component
class PlantChangeProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(PlantChangeProposed.class, this::proposed)
          .on(PlantChangeApproved.class, this::approved)
          .on(PlantFileLoaded.class, this::loaded);

  PlantChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("plant_change_difference", "plant_change", "plant_file");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void proposed(PlantChangeProposed p, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO plant_change (id, file, proposed_sha256, current_sha256, proposed_by,"
                + " reset_streams) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(), p.file(), p.proposedSha256(), p.currentSha256(), e.actor(), p.resetStreams())
        .update();
    int position = 0;
    for (PlantEvent.Difference d : p.differences()) {
      jdbc.sql(
              "INSERT INTO plant_change_difference (change_id, position, path, old_value,"
                  + " new_value, controlled) VALUES (?, ?, ?, ?, ?, ?)")
          .params(e.seq(), position++, d.path(), d.oldValue(), d.newValue(), d.controlled())
          .update();
    }
    keepText(p.proposedSha256(), p.text(), e.seq());
  }

  private void approved(PlantChangeApproved a, LedgerEntry e) {
    jdbc.sql(
            "UPDATE plant_change SET approved_by = ?, approved_seq = ?, effective = ?"
                + " WHERE id = ?")
        .params(e.actor(), e.seq(), Date.valueOf(a.effective()), a.change())
        .update();
  }

  private void loaded(PlantFileLoaded l, LedgerEntry e) {
    if (l.text() != null) {
      keepText(l.fileSha256(), l.text(), e.seq());
    }
  }

  private void keepText(String sha256, String text, long seq) {
    boolean known =
        jdbc.sql("SELECT COUNT(*) FROM plant_file WHERE sha256 = ?")
                .param(sha256)
                .query(Long.class)
                .single()
            > 0;
    if (!known) {
      jdbc.sql("INSERT INTO plant_file (sha256, text, first_seq) VALUES (?, ?, ?)")
          .params(sha256, text, seq)
          .update();
    }
  }
}
