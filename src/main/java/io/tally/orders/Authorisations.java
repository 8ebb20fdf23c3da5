package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.ProductCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Authorisations: nothing is ordered or shipped without one, and never more than it allows. */
@Service
public class Authorisations {
  static final String GRANTED = "AuthorisationRecorded";
  private static final long MAX_QUANTITY = 10_000_000_000L;

  private final PlantService plant;
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;

  Authorisations(PlantService plant, JdbcClient jdbc, Ledger ledger, Commands commands) {
    this.plant = plant;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
  }

  public Authorisation record(Actor actor, String key, AuthorisationRequest r) {
    validate(r);
    return commands.run(
        actor,
        key,
        "authorisation.record",
        r,
        Authorisation.class,
        () -> {
          if (find(r.id()).isPresent()) {
            throw CommandRejected.conflict(
                "id", "an authorisation '" + r.id() + "' exists already");
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("id", r.id());
          p.put("customer", r.customer());
          p.put("product", r.product());
          p.put("quantity", r.quantity());
          p.put("validFrom", r.validFrom().toString());
          p.put("validTo", r.validTo().toString());
          p.put("documentRef", r.documentRef());
          ledger.append(actor, GRANTED, p);
          return find(r.id()).orElseThrow();
        });
  }

  private void validate(AuthorisationRequest r) {
    if (r.id() == null || !r.id().matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
      throw CommandRejected.invalid(
          "id", "id is required: 1-64 letters, digits, '.', '_', '/', '-'");
    }
    if (r.customer() == null || customer(r.customer()).isEmpty()) {
      throw CommandRejected.invalid("customer", "unknown customer '" + r.customer() + "'");
    }
    if (r.product() == null || product(r.product()).isEmpty()) {
      throw CommandRejected.invalid("product", "unknown product '" + r.product() + "'");
    }
    if (r.quantity() == null || r.quantity() <= 0 || r.quantity() > MAX_QUANTITY) {
      throw CommandRejected.invalid("quantity", "quantity must be 1 to " + MAX_QUANTITY);
    }
    if (r.validFrom() == null) {
      throw CommandRejected.invalid("validFrom", "validFrom is required (ISO date)");
    }
    if (r.validTo() == null || r.validTo().isBefore(r.validFrom())) {
      throw CommandRejected.invalid("validTo", "validTo is required and not before validFrom");
    }
    if (r.documentRef() == null || r.documentRef().isBlank() || r.documentRef().length() > 200) {
      throw CommandRejected.invalid("documentRef", "the document reference is required (200 max)");
    }
  }

  private Optional<CustomerId> customer(String id) {
    try {
      CustomerId c = new CustomerId(id);
      return plant.plant().findCustomer(c).map(x -> c);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<ProductCode> product(String code) {
    try {
      ProductCode p = new ProductCode(code);
      return plant.plant().findProduct(p).map(x -> p);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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
