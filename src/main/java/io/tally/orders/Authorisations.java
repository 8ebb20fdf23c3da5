package io.tally.orders;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Authorisations: nothing is ordered or shipped without one, and never more than it allows. {@link
 * RecordAuthorisation} records one; {@link AuthorisationCommands} change it.
 */
@Service
public class Authorisations {
  private final JdbcClient jdbc;

  Authorisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Authorisation> find(String id) {
    return jdbc.sql(AuthorisationProjection.SELECT + " WHERE id = ?")
        .param(id)
        .query(AuthorisationProjection.MAPPER)
        .optional();
  }

  public List<Authorisation> all(String customer) {
    if (customer == null) {
      return jdbc.sql(AuthorisationProjection.SELECT + " ORDER BY customer, id")
          .query(AuthorisationProjection.MAPPER)
          .list();
    }
    return jdbc.sql(AuthorisationProjection.SELECT + " WHERE customer = ? ORDER BY id")
        .param(customer)
        .query(AuthorisationProjection.MAPPER)
        .list();
  }
}
