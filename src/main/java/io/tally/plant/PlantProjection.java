package io.tally.plant;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.PlantEvent.AcceptanceActRecorded;
import io.tally.plant.PlantEvent.PlantFileLoaded;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Line states, acceptance acts and plant loads, from the plant module's ledger events. */
@Component
class PlantProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(PlantFileLoaded.class, this::loaded)
          .on(PlantEvent.LineStateChanged.class, this::moved)
          .on(AcceptanceActRecorded.class, (a, e) -> insertAct(a.act(), e.seq()));

  PlantProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("acceptance_act", "line_state", "plant_load");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void loaded(PlantFileLoaded load, LedgerEntry e) {
    jdbc.sql("INSERT INTO plant_load (seq, file_sha256, site) VALUES (?, ?, ?)")
        .params(e.seq(), load.fileSha256(), load.site())
        .update();
    for (PlantEvent.LoadedLine l : load.lines()) {
      boolean known =
          jdbc.sql("SELECT COUNT(*) FROM line_state WHERE line = ?")
                  .param(l.line())
                  .query(Long.class)
                  .single()
              > 0;
      if (!known) {
        jdbc.sql("INSERT INTO line_state (line, stage, state, changed_seq) VALUES (?, ?, ?, ?)")
            .params(l.line(), l.stage(), l.state().name(), e.seq())
            .update();
      }
    }
    for (PlantEvent.Act a : load.acts()) {
      boolean known =
          jdbc.sql("SELECT COUNT(*) FROM acceptance_act WHERE id = ?")
                  .param(a.id())
                  .query(Long.class)
                  .single()
              > 0;
      if (!known) {
        insertAct(a, e.seq());
      }
    }
  }

  private void moved(PlantEvent.LineStateChanged c, LedgerEntry e) {
    jdbc.sql("UPDATE line_state SET state = ?, changed_seq = ? WHERE line = ?")
        .params(c.to().name(), e.seq(), c.line().value())
        .update();
  }

  private void insertAct(PlantEvent.Act a, long seq) {
    jdbc.sql(
            "INSERT INTO acceptance_act (id, stage, line, signed_by, signed_on, warranty_terms,"
                + " warranty_months, document_sha256, recorded_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.stage(),
            a.line(),
            a.signedBy(),
            Date.valueOf(a.signedOn()),
            a.warrantyTerms(),
            a.warrantyMonths(),
            a.documentSha256(),
            seq)
        .update();
  }
}
