package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.Approver;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.ProductionRate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The two switches the standard leaves to the responsible authority, each a quality user's ledger
 * event: approving reduced inspection, and accepting corrective action after discontinuation.
 */
@Service
class StreamApprovals {
  private static final int TEXT_MAX = 2000;

  private final Commands commands;
  private final Ledger ledger;
  private final PlantService plant;
  private final StreamHistory history;
  private final QualityLots lots;
  private final Clock clock;

  StreamApprovals(
      Commands commands,
      Ledger ledger,
      PlantService plant,
      StreamHistory history,
      QualityLots lots,
      Clock clock) {
    this.commands = commands;
    this.ledger = ledger;
    this.plant = plant;
    this.history = history;
    this.lots = lots;
    this.clock = clock;
  }

  StreamView approveReduced(
      Actor actor,
      String key,
      String product,
      String line,
      String nc,
      StreamRequests.ReducedApproval request) {
    ProductionRate production;
    try {
      production = ProductionRate.valueOf(request.production().trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw CommandRejected.invalid("production", "production is STEADY or IRREGULAR");
    }
    if (production != ProductionRate.STEADY) {
      throw CommandRejected.invalid(
          "production", "reduced inspection needs production at a steady rate");
    }
    StreamId id = stream(product, line, nc);
    return commands.run(
        actor,
        key,
        "quality.reduced",
        List.of(id, production),
        StreamView.class,
        () -> {
          InspectionStream stream = history.replay(id);
          int score = stream.switchingScore();
          try {
            stream.approveReduced(quality(actor), production);
          } catch (IllegalStateException e) {
            throw CommandRejected.conflict("class", e.getMessage());
          }
          ledger.append(
              actor,
              new QualityEvent.ReducedInspectionApproved(
                  new ProductCode(id.product()),
                  new LineId(id.line()),
                  id.nonconformityClass(),
                  id.level(),
                  id.aql(),
                  actor.name(),
                  Instant.now(clock),
                  score,
                  production));
          return view(id);
        });
  }

  StreamView recordCorrectiveAction(
      Actor actor,
      String key,
      String product,
      String line,
      String nc,
      StreamRequests.CorrectiveAction request) {
    String action = request == null || request.action() == null ? "" : request.action().trim();
    if (action.isEmpty() || action.length() > TEXT_MAX) {
      throw CommandRejected.invalid(
          "action", "describe the corrective action (at most 2000 characters)");
    }
    StreamId id = stream(product, line, nc);
    return commands.run(
        actor,
        key,
        "quality.corrective-action",
        List.of(id, action),
        StreamView.class,
        () -> {
          try {
            history.replay(id).recordCorrectiveAction(quality(actor), action);
          } catch (IllegalStateException e) {
            throw CommandRejected.conflict("class", e.getMessage());
          }
          ledger.append(
              actor,
              new QualityEvent.CorrectiveActionRecorded(
                  new ProductCode(id.product()),
                  new LineId(id.line()),
                  id.nonconformityClass(),
                  id.level(),
                  id.aql(),
                  actor.name(),
                  Instant.now(clock),
                  action));
          return view(id);
        });
  }

  /** The stream of the class as the product's quality plan defines it now. */
  private StreamId stream(String productCode, String line, String nc) {
    Product product;
    try {
      product = plant.plant().findProduct(new ProductCode(productCode)).orElseThrow();
    } catch (RuntimeException e) {
      throw CommandRejected.notFound("product", "no product '" + productCode + "'");
    }
    try {
      new LineId(line);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("line", e.getMessage());
    }
    String name = nc == null ? "" : nc.trim().toLowerCase(Locale.ROOT);
    Product.NonconformityClass c =
        product.quality().classes().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "class",
                        "class '" + nc + "' is not in the quality plan of " + productCode));
    return StreamId.of(product, line, c);
  }

  private StreamView view(StreamId id) {
    return lots.streams().stream()
        .filter(
            s ->
                s.product().equals(id.product())
                    && s.line().equals(id.line())
                    && s.nonconformityClass().equals(id.nonconformityClass())
                    && s.level().equals(id.level())
                    && s.aql().equals(id.aql()))
        .findFirst()
        .orElseThrow();
  }

  private static Approver quality(Actor actor) {
    return new Approver(actor.name(), Set.of(Approver.QUALITY));
  }
}
