package io.tally.orders;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
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
  private final EventHandlers handlers =
      new EventHandlers()
          .on(OrderEvent.AuthorisationAmended.class, this::amended)
          .on(
              OrderEvent.AuthorisationSuspended.class,
              (s, e) -> status(s.id(), AuthorisationStatus.SUSPENDED))
          .on(
              OrderEvent.AuthorisationReinstated.class,
              (r, e) -> status(r.id(), AuthorisationStatus.ACTIVE))
          .on(
              OrderEvent.AuthorisationRevoked.class,
              (r, e) -> status(r.id(), AuthorisationStatus.REVOKED));

  AuthorisationChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void amended(OrderEvent.AuthorisationAmended a, LedgerEntry e) {
    jdbc.sql("UPDATE authorisation SET quantity = ?, valid_to = ?, document_ref = ? WHERE id = ?")
        .params(a.quantity(), Date.valueOf(a.validTo()), a.documentRef(), a.id())
        .update();
  }

  private void status(String id, AuthorisationStatus status) {
    jdbc.sql("UPDATE authorisation SET status = ? WHERE id = ?").params(status.name(), id).update();
  }
}
