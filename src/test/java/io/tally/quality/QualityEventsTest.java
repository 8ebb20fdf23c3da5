package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.lot.LotNumber;
import io.tally.ledger.Event;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.QualityEvent.CorrectiveActionRecorded;
import io.tally.quality.QualityEvent.InspectionDiscontinued;
import io.tally.quality.QualityEvent.InspectionSeverityChanged;
import io.tally.quality.QualityEvent.LotReworked;
import io.tally.quality.QualityEvent.LotScrapped;
import io.tally.quality.QualityEvent.ReducedInspectionApproved;
import io.tally.quality.sampling.ProductionRate;
import io.tally.quality.sampling.Severity;
import io.tally.support.EventRoundTrip;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality events the golden ledger has no entry of write the payloads their maps wrote before
 * they became records (the JSON below follows Decisions, Disposition and StreamApprovals as they
 * were), and read back equal. The others are checked against the golden ledger.
 */
class QualityEventsTest {
  static final Instant AT = Instant.parse("2027-03-02T08:00:00Z");
  static final ProductCode BALL = new ProductCode("762x39-BALL-SC");
  static final LineId L1 = new LineId("L1");
  static final String STREAM =
      "\"approvedBy\":\"qa2\",\"aql\":\"0.65\",\"at\":\"2027-03-02T08:00:00Z\","
          + "\"class\":\"major\",\"level\":\"II\",\"line\":\"L1\","
          + "\"product\":\"762x39-BALL-SC\"";

  static final Map<Event, String> STORED =
      Map.of(
          new InspectionSeverityChanged(
              BALL,
              L1,
              "major",
              LotNumber.parse("RCP27A011-001"),
              Severity.NORMAL,
              Severity.TIGHTENED,
              "TWO_OF_FIVE_LOTS_NOT_ACCEPTED",
              AT),
          "{\"afterLot\":\"RCP27A011-001\",\"at\":\"2027-03-02T08:00:00Z\",\"class\":\"major\","
              + "\"from\":\"NORMAL\",\"line\":\"L1\",\"product\":\"762x39-BALL-SC\","
              + "\"reason\":\"TWO_OF_FIVE_LOTS_NOT_ACCEPTED\",\"to\":\"TIGHTENED\"}",
          new InspectionDiscontinued(BALL, L1, "major", LotNumber.parse("RCP27A011-005"), 5, AT),
          "{\"afterLot\":\"RCP27A011-005\",\"at\":\"2027-03-02T08:00:00Z\",\"class\":\"major\","
              + "\"line\":\"L1\",\"lotsNotAccepted\":5,\"product\":\"762x39-BALL-SC\"}",
          new LotReworked(
              LotNumber.parse("RCP27C031-001"),
              LotNumber.parse("RCP27C031-001A"),
              2800,
              "re-gauged",
              AT),
          "{\"at\":\"2027-03-02T08:00:00Z\",\"lot\":\"RCP27C031-001\","
              + "\"newLot\":\"RCP27C031-001A\",\"quantity\":2800,\"reason\":\"re-gauged\"}",
          new LotScrapped(LotNumber.parse("RCP27E053-001"), 2800, "rejected", AT),
          "{\"at\":\"2027-03-02T08:00:00Z\",\"lot\":\"RCP27E053-001\",\"quantity\":2800,"
              + "\"reason\":\"rejected\"}",
          new ReducedInspectionApproved(
              BALL, L1, "major", "II", "0.65", "qa2", AT, 31, ProductionRate.STEADY),
          "{" + STREAM + ",\"production\":\"STEADY\",\"switchingScore\":31}",
          new CorrectiveActionRecorded(BALL, L1, "major", "II", "0.65", "qa2", AT, "die replaced"),
          "{\"action\":\"die replaced\"," + STREAM + "}");

  @Test
  void qualityEventsOutsideTheGoldenLedgerWriteTheBytesOfTheirFormerMapsAndReadBackEqual() {
    STORED.forEach(
        (event, json) -> {
          assertThat(EventRoundTrip.json(event)).as(event.toString()).isEqualTo(json);
          assertThat(EventRoundTrip.readBack(event)).isEqualTo(event);
        });
  }
}
