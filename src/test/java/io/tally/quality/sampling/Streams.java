package io.tally.quality.sampling;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Fixtures for inspection-stream tests. */
final class Streams {
  static final StreamKey KEY =
      new StreamKey(new ProductCode("762x39-BALL-SC"), new LineId("L1"), NonconformityClass.MAJOR);
  static final Approver QUALITY_USER = new Approver("qe.ivanova", Set.of(Approver.QUALITY));
  static final Approver OPERATOR = new Approver("op.petrov", Set.of("OPERATOR"));

  private Streams() {}

  /** Lots of 1,000 at level II, AQL 1.5: J, n 80, Ac 3 on normal (the reference's score plan). */
  static InspectionStream j15() {
    return new InspectionStream(KEY, new SamplingScheme(InspectionLevel.II, Aql.parse("1.5")));
  }

  /**
   * Runs lots written as A (accepted, d = 0) and R (not accepted, d = Re) on original inspection.
   */
  static List<InspectionEvent> run(InspectionStream stream, long lotSize, String lots) {
    List<InspectionEvent> events = new ArrayList<>();
    for (char lot : lots.replace(" ", "").toCharArray()) {
      int d = lot == 'A' ? 0 : stream.nextPlan(lotSize).re();
      events.addAll(stream.inspect(lotSize, d));
    }
    return events;
  }

  /** The events other than the lot decisions, by simple name. */
  static List<String> switches(List<InspectionEvent> events) {
    return events.stream()
        .filter(e -> !(e instanceof InspectionEvent.LotInspected))
        .map(e -> e.getClass().getSimpleName())
        .toList();
  }

  /** Brings a J @ 1.5 stream to tightened inspection. */
  static InspectionStream tightened() {
    InspectionStream stream = j15();
    run(stream, 1000, "R R");
    return stream;
  }
}
