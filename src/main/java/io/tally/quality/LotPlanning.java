package io.tally.quality;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.SamplingPlan;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Works out the plan of each class of a lot from the product's quality plan (inspection level and
 * AQL) and the severity its stream is on now. Lots of one stream are inspected in turn, so a plan
 * shown for a lot waiting behind another may tighten once the one before it is decided.
 */
@Service
class LotPlanning {
  private final PlantService plant;
  private final QualityLots lots;
  private final StreamHistory history;
  private final QualityProperties properties;

  LotPlanning(
      PlantService plant, QualityLots lots, StreamHistory history, QualityProperties properties) {
    this.plant = plant;
    this.lots = lots;
    this.history = history;
    this.properties = properties;
  }

  LotPlans plans(String lotNumber) {
    LotView lot = lot(lotNumber);
    if (lot.status() == LotStatus.OPEN) {
      throw CommandRejected.conflict(
          "lot", "lot " + lotNumber + " is still open; its plans are shown once it closes");
    }
    Product product = product(lot);
    var plans =
        product.quality().classes().stream()
            .map(c -> plan(lot, product, c, decision(lot, c.name())))
            .toList();
    return new LotPlans(
        lot.lot(), lot.product(), lot.line(), lot.status(), lot.submission(), lot.good(), plans);
  }

  LotView lot(String lotNumber) {
    return lots.find(lotNumber)
        .orElseThrow(() -> CommandRejected.notFound("lot", "no lot '" + lotNumber + "'"));
  }

  Product product(LotView lot) {
    try {
      return plant
          .plant()
          .findProduct(new ProductCode(lot.product()))
          .orElseThrow(IllegalArgumentException::new);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.conflict(
          "lot", "lot " + lot.lot() + " is of product " + lot.product() + ", unknown to the plant");
    }
  }

  InspectionStream stream(LotView lot, Product product, Product.NonconformityClass c) {
    return history.replay(StreamId.of(product, lot.line(), c));
  }

  boolean destructive(String nonconformityClass) {
    return properties.destructive(nonconformityClass);
  }

  /**
   * The sample each class not yet decided would draw from a lot of {@code size} rounds: the lot's
   * size as first recorded beside the one as corrected. Empty for a size under 2.
   */
  List<SampleSize> sampleSizes(LotView lot, long size) {
    if (size < 2) {
      return List.of();
    }
    Product product = product(lot);
    List<SampleSize> out = new java.util.ArrayList<>();
    for (Product.NonconformityClass c : product.quality().classes()) {
      InspectionStream stream = stream(lot, product, c);
      if (decision(lot, c.name()).isEmpty() && !stream.isDiscontinued()) {
        SamplingPlan p = stream.nextPlan(size);
        out.add(new SampleSize(c.name(), size, p.letter().name(), p.n()));
      }
    }
    return out;
  }

  /** A class's code letter and sample size for a lot size. */
  record SampleSize(String nonconformityClass, long lotSize, String letter, int n) {}

  private ClassPlan plan(
      LotView lot, Product product, Product.NonconformityClass c, Optional<InspectionView> done) {
    StreamId id = StreamId.of(product, lot.line(), c);
    if (done.isPresent()) {
      InspectionView d = done.get();
      return new ClassPlan(
          c.name(),
          d.level(),
          d.aql(),
          d.severity(),
          false,
          d.letter(),
          d.planLetter(),
          d.n(),
          d.ac(),
          d.re(),
          d.fullInspection(),
          destructive(c.name()),
          d);
    }
    InspectionStream stream = history.replay(id);
    String severity = stream.severity().name();
    if (stream.isDiscontinued() || lot.good() < 2) {
      return new ClassPlan(
          c.name(),
          id.level(),
          id.aql(),
          severity,
          stream.isDiscontinued(),
          null,
          null,
          null,
          null,
          null,
          false,
          destructive(c.name()),
          null);
    }
    SamplingPlan p = stream.nextPlan(lot.good());
    return new ClassPlan(
        c.name(),
        id.level(),
        id.aql(),
        severity,
        false,
        p.letter().name(),
        p.planLetter().name(),
        p.n(),
        p.ac(),
        p.re(),
        p.fullInspection(),
        destructive(c.name()),
        null);
  }

  private static Optional<InspectionView> decision(LotView lot, String nonconformityClass) {
    return lot.inspections().stream()
        .filter(i -> i.nonconformityClass().equals(nonconformityClass))
        .findFirst();
  }
}
