package io.tally.quality;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Product;
import io.tally.quality.InspectionRequest.ClassResult;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.SamplingPlan;
import io.tally.quality.sampling.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Records what a quality user found in the samples of a closed lot, class by class, as decisions
 * under the plan of each class's stream. When the last class of the product's quality plan is
 * decided the lot is released if every class accepted, and held otherwise.
 */
@Service
class Inspections {
  private final Commands commands;
  private final Ledger ledger;
  private final LotPlanning planning;
  private final Disposition disposition;
  private final Clock clock;

  Inspections(
      Commands commands,
      Ledger ledger,
      LotPlanning planning,
      Disposition disposition,
      Clock clock) {
    this.commands = commands;
    this.ledger = ledger;
    this.planning = planning;
    this.disposition = disposition;
    this.clock = clock;
  }

  /** A class's result, checked against its stream's plan. */
  private record Checked(
      Product.NonconformityClass c, InspectionStream stream, int d, long destroyed) {}

  LotView record(Actor actor, String key, String lotNumber, InspectionRequest request) {
    if (request == null || request.results() == null || request.results().isEmpty()) {
      throw CommandRejected.invalid("results", "give the result of at least one class");
    }
    return commands.run(
        actor,
        key,
        "quality.inspect",
        List.of(lotNumber, request),
        LotView.class,
        () -> {
          LotView lot = planning.lockedLot(lotNumber);
          if (lot.status() != LotStatus.CLOSED) {
            throw CommandRejected.conflict(
                "lot",
                "lot " + lotNumber + " is " + lot.status() + "; only a closed lot is inspected");
          }
          if (lot.good() < 2) {
            throw CommandRejected.conflict(
                "lot",
                "lot " + lotNumber + " has " + lot.good() + " good units; too few to sample");
          }
          List<Checked> checked = check(lot, planning.product(lot), request.results());
          Instant at = Instant.now(clock);
          for (Checked c : checked) {
            decide(actor, lot, c, at);
          }
          long destroyed = checked.stream().mapToLong(Checked::destroyed).sum();
          if (destroyed > 0) {
            ledger.append(
                actor,
                QualityEvents.SAMPLES_CONSUMED,
                QualityEvents.lotAnd(lotNumber, "quantity", destroyed, "at", at.toString()));
          }
          disposition.afterInspection(actor, lotNumber, at);
          return planning.lot(lotNumber);
        });
  }

  private List<Checked> check(LotView lot, Product product, List<ClassResult> results) {
    List<Checked> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long destroyedTotal = 0;
    for (int i = 0; i < results.size(); i++) {
      String f = "results[" + i + "]";
      ClassResult r = results.get(i);
      if (r == null) {
        throw CommandRejected.invalid(f, "a result is required");
      }
      String name =
          r.nonconformityClass() == null
              ? ""
              : r.nonconformityClass().trim().toLowerCase(Locale.ROOT);
      Product.NonconformityClass c =
          product.quality().classes().stream()
              .filter(x -> x.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      CommandRejected.invalid(
                          f + ".class",
                          "class '"
                              + r.nonconformityClass()
                              + "' is not in the quality plan of "
                              + product.code()
                              + " ("
                              + String.join(
                                  ", ",
                                  product.quality().classes().stream()
                                      .map(Product.NonconformityClass::name)
                                      .toList())
                              + ")"));
      if (!seen.add(name)) {
        throw CommandRejected.invalid(f + ".class", "class " + name + " is given twice");
      }
      lot.inspections().stream()
          .filter(x -> x.nonconformityClass().equals(name))
          .findFirst()
          .ifPresent(
              x -> {
                throw CommandRejected.conflict(
                    f + ".class",
                    "class "
                        + name
                        + " of lot "
                        + lot.lot()
                        + " is decided already ("
                        + x.result()
                        + " by "
                        + x.inspector()
                        + ")");
              });
      if (r.n() == null || r.n() < 0) {
        throw CommandRejected.invalid(f + ".n", "n, the sample size, is required and not negative");
      }
      if (r.d() == null || r.d() < 0) {
        throw CommandRejected.invalid(
            f + ".d", "d, the nonconforming units found, is required and not negative");
      }
      if (r.d() > r.n()) {
        throw CommandRejected.invalid(
            f + ".d", "d=" + r.d() + " is more than the " + r.n() + " units sampled");
      }
      InspectionStream stream = planning.stream(lot, product, c);
      if (stream.isDiscontinued()) {
        throw CommandRejected.conflict(
            f + ".class",
            "inspection of class "
                + name
                + " for "
                + lot.product()
                + " on "
                + lot.line()
                + " is discontinued; a quality user must record corrective action first");
      }
      SamplingPlan plan = stream.nextPlan(lot.good());
      if (r.n() != plan.n()) {
        throw CommandRejected.invalid(
            f + ".n",
            "the plan for class "
                + name
                + " is n="
                + plan.n()
                + " (letter "
                + plan.letter()
                + ", plan at "
                + plan.planLetter()
                + ", "
                + stream.severity().label()
                + "); the sample was n="
                + r.n());
      }
      long destroyed =
          r.destroyed() != null ? r.destroyed() : planning.destructive(name) ? plan.n() : 0;
      if (destroyed < 0 || destroyed > r.n()) {
        throw CommandRejected.invalid(
            f + ".destroyed", "destroyed must be 0 to n=" + r.n() + ", was " + destroyed);
      }
      destroyedTotal += destroyed;
      out.add(new Checked(c, stream, r.d(), destroyed));
    }
    if (lot.consumed() + destroyedTotal > lot.good()) {
      throw CommandRejected.invalid(
          "results",
          "the samples destroyed ("
              + destroyedTotal
              + ") exceed the "
              + lot.available()
              + " units left in lot "
              + lot.lot());
    }
    return out;
  }

  private void decide(Actor actor, LotView lot, Checked c, Instant at) {
    Submission submission = Submission.valueOf(lot.submission());
    List<InspectionEvent> events = c.stream().inspect(lot.good(), c.d(), submission);
    var decided = (InspectionEvent.LotInspected) events.get(0);
    ledger.append(
        actor,
        QualityEvents.INSPECTION_RECORDED,
        Decisions.recorded(lot, c.c().name(), decided.decision(), c.destroyed(), actor, at));
    for (InspectionEvent e : events.subList(1, events.size())) {
      ledger.append(actor, Decisions.switchType(e), Decisions.switched(lot, c.c().name(), e, at));
    }
  }
}
