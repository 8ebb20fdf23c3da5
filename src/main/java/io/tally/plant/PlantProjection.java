package io.tally.plant;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Line states, acceptance acts and plant loads, from the plant module's ledger events. */
@Component
class PlantProjection implements Projection {
  private final JdbcClient jdbc;

  PlantProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("acceptance_act", "line_state", "plant_load");
  }

  @Override
  public void apply(LedgerEntry e) {
    switch (e.type()) {
      case PlantEvents.PLANT_FILE_LOADED -> loaded(e);
      case PlantEvents.LINE_STATE_CHANGED ->
          jdbc.sql("UPDATE line_state SET state = ?, changed_seq = ? WHERE line = ?")
              .params(e.payload().text("to"), e.seq(), e.payload().text("line"))
              .update();
      case PlantEvents.ACCEPTANCE_ACT_RECORDED -> insertAct(e.payload().fields(), e.seq());
      default -> {}
    }
  }

  private void loaded(LedgerEntry e) {
    jdbc.sql("INSERT INTO plant_load (seq, file_sha256, site) VALUES (?, ?, ?)")
        .params(e.seq(), e.payload().text("fileSha256"), e.payload().text("site"))
        .update();
    for (Map<String, Object> l : e.payload().list("lines")) {
      boolean known =
          jdbc.sql("SELECT COUNT(*) FROM line_state WHERE line = ?")
                  .param(l.get("line"))
                  .query(Long.class)
                  .single()
              > 0;
      if (!known) {
        jdbc.sql("INSERT INTO line_state (line, stage, state, changed_seq) VALUES (?, ?, ?, ?)")
            .params(l.get("line"), l.get("stage"), l.get("state"), e.seq())
            .update();
      }
    }
    for (Map<String, Object> a : e.payload().list("acts")) {
      boolean known =
          jdbc.sql("SELECT COUNT(*) FROM acceptance_act WHERE id = ?")
                  .param(a.get("id"))
                  .query(Long.class)
                  .single()
              > 0;
      if (!known) {
        insertAct(a, e.seq());
      }
    }
  }

  private void insertAct(Map<String, Object> a, long seq) {
    jdbc.sql(
            "INSERT INTO acceptance_act (id, stage, line, signed_by, signed_on, warranty_terms,"
                + " warranty_months, document_sha256, recorded_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.get("id"),
            a.get("stage"),
            a.get("line"),
            a.get("signedBy"),
            Date.valueOf(LocalDate.parse(a.get("signedOn").toString())),
            a.get("warrantyTerms"),
            ((Number) a.get("warrantyMonths")).intValue(),
            a.get("documentSha256"),
            seq)
        .update();
  }
}
