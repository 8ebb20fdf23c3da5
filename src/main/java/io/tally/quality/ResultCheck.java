package io.tally.quality;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.Product;
import io.tally.quality.InspectionRequest.ClassResult;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.SamplingPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the results of an inspection request against the lot and the plan of each class's stream,
 * all before anything is written, naming the field at fault: {@code results[i].class}, {@code .n},
 * {@code .d} or {@code .destroyed}.
 */
final class ResultCheck {
  private ResultCheck() {}

  /** A class's result, checked against its stream's plan. */
  record Checked(Product.NonconformityClass c, InspectionStream stream, int d, long destroyed) {}

  static List<Checked> check(
      LotPlanning planning, LotView lot, Product product, List<ClassResult> results) {
    List<Checked> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long destroyedTotal = 0;
    for (int i = 0; i < results.size(); i++) {
      String f = "results[" + i + "]";
      ClassResult r = results.get(i);
      if (r == null) {
        throw CommandRejected.invalid(f, "a result is required");
      }
      Product.NonconformityClass c =
          ClassStreams.inPlan(product, r.nonconformityClass())
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
      String name = c.name();
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
}
