package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.ProductCode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Records an authorisation: a contract or order that allows a customer of the plant file a quantity
 * of one of its products in a period, under a signed document. An id is recorded once.
 */
@Component
class RecordAuthorisation implements CommandHandler<AuthorisationRequest, Authorisation> {
  static final long MAX_QUANTITY = 10_000_000_000L;

  private final PlantService plant;
  private final Authorisations authorisations;
  private final Ledger ledger;

  RecordAuthorisation(PlantService plant, Authorisations authorisations, Ledger ledger) {
    this.plant = plant;
    this.authorisations = authorisations;
    this.ledger = ledger;
  }

  @Override
  public Class<AuthorisationRequest> commandType() {
    return AuthorisationRequest.class;
  }

  @Override
  public Authorisation handle(AuthorisationRequest r, Actor actor) {
    validate(r);
    if (authorisations.find(r.id()).isPresent()) {
      throw CommandRejected.conflict("id", "an authorisation '" + r.id() + "' exists already");
    }
    ledger.append(
        actor,
        new OrderEvent.AuthorisationRecorded(
            r.id(),
            r.customer(),
            r.product(),
            r.quantity(),
            r.validFrom(),
            r.validTo(),
            r.documentRef()));
    return authorisations.find(r.id()).orElseThrow();
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
}
