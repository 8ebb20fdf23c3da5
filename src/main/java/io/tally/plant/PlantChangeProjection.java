package io.tally.plant;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposed and approved plant-file changes, and the text of every file the ledger carries. */
@Component
class PlantChangeProjection implements Projection {
  private final JdbcClient jdbc;

  PlantChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("plant_change_difference", "plant_change", "plant_file");
  }

  @Override
  public void apply(LedgerEntry e) {
    switch (e.type()) {
      case PlantChangeEvents.PROPOSED -> proposed(e);
      case PlantChangeEvents.APPROVED ->
          jdbc.sql(
                  "UPDATE plant_change SET approved_by = ?, approved_seq = ?, effective = ?"
                      + " WHERE id = ?")
              .params(
                  e.actor(),
                  e.seq(),
                  Date.valueOf(LocalDate.parse(e.payload().text("effective"))),
                  e.payload().number("change"))
              .update();
      case PlantChangeEvents.FILE_LOADED -> {
        String text = e.payload().textOrNull("text");
        if (text != null) {
          keepText(e.payload().text("fileSha256"), text, e.seq());
        }
      }
      default -> {}
    }
  }

  private void proposed(LedgerEntry e) {
    var p = e.payload();
    jdbc.sql(
            "INSERT INTO plant_change (id, file, proposed_sha256, current_sha256, proposed_by,"
                + " reset_streams) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            p.text("file"),
            p.text("proposedSha256"),
            p.text("currentSha256"),
            e.actor(),
            p.textOrNull("resetStreams"))
        .update();
    int position = 0;
    for (Map<String, Object> d : p.list("differences")) {
      jdbc.sql(
              "INSERT INTO plant_change_difference (change_id, position, path, old_value,"
                  + " new_value, controlled) VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              e.seq(),
              position++,
              d.get("path"),
              d.get("old"),
              d.get("new"),
              Boolean.TRUE.equals(d.get("controlled")))
          .update();
    }
    keepText(p.text("proposedSha256"), p.text("text"), e.seq());
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
