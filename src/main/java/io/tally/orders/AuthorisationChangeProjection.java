package io.tally.orders;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies amendments, suspensions, reinstatements and revocations to the authorisation rows, which
 * {@link AuthorisationProjection} owns (and empties on replay).
 */
@Component
class AuthorisationChangeProjection implements Projection {
  private final JdbcClient jdbc;

  AuthorisationChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void apply(LedgerEntry e) {
    var p = e.payload();
    switch (e.type()) {
      case AuthorisationChanges.AMENDED ->
          jdbc.sql(
                  "UPDATE authorisation SET quantity = ?, valid_to = ?, document_ref = ?"
                      + " WHERE id = ?")
              .params(
                  p.number("quantity"),
                  Date.valueOf(LocalDate.parse(p.text("validTo"))),
                  p.text("documentRef"),
                  p.text("id"))
              .update();
      case AuthorisationChanges.SUSPENDED -> status(p.text("id"), "SUSPENDED");
      case AuthorisationChanges.REINSTATED -> status(p.text("id"), Authorisation.ACTIVE);
      case AuthorisationChanges.REVOKED -> status(p.text("id"), "REVOKED");
      default -> {}
    }
  }

  private void status(String id, String status) {
    jdbc.sql("UPDATE authorisation SET status = ? WHERE id = ?").params(status, id).update();
  }
}
