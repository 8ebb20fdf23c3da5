package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of disposing of a held lot, without a database. */
class HeldLotTest {
  static final String LOT = "RCP27H011-001";
  static final Instant AT = Instant.parse("2027-03-02T08:00:00Z");
  static final Actor ANNA = new Actor("qa.anna");
  static final Actor BORIS = new Actor("qa.boris");

  @Test
  void onlyAHeldLotIsDisposedOf() {
    assertThatThrownBy(() -> new HeldLot(lot(LotStatus.RELEASED, null)))
        .isInstanceOf(CommandRejected.class)
        .hasMessage("lot " + LOT + " is RELEASED; only a held lot is disposed of")
        .extracting("field")
        .isEqualTo("lot");
  }

  @Test
  void reworkAndScrapTakeTheUnitsLeftAfterTesting() {
    HeldLot held = new HeldLot(lot(LotStatus.HELD, null));
    assertThat(held.rework(LotNumber.parse(LOT + "A"), "re-crimp", AT).quantity()).isEqualTo(2_800);
    assertThat(held.scrap("cases split", AT).quantity()).isEqualTo(2_800);
  }

  @Test
  void aConcessionIsAskedOnceAndApprovedByASecondUser() {
    HeldLot none = new HeldLot(lot(LotStatus.HELD, null));
    assertThat(none.requestConcession("cosmetic", ANNA, AT).requestedBy()).isEqualTo("qa.anna");
    assertThatThrownBy(() -> none.approveConcession(BORIS, AT))
        .hasMessageContaining("no concession is requested");

    HeldLot asked = new HeldLot(lot(LotStatus.HELD, "qa.anna"));
    assertThatThrownBy(() -> asked.requestConcession("again", BORIS, AT))
        .hasMessageContaining("requested already by qa.anna");
    assertThatThrownBy(() -> asked.approveConcession(ANNA, AT))
        .isInstanceOf(CommandRejected.class)
        .extracting("field")
        .isEqualTo("approvedBy");
    List<QualityEvent> approved = asked.approveConcession(BORIS, AT);
    assertThat(approved.get(0))
        .isEqualTo(
            new QualityEvent.ConcessionApproved(LotNumber.parse(LOT), "qa.anna", "qa.boris", AT));
    var released = (QualityEvent.LotReleased) approved.get(1);
    assertThat(released.byConcession()).isTrue();
    assertThat(released.approvedBy()).isEqualTo("qa.boris");
    assertThat(released.quantity()).isEqualTo(2_800);
  }

  /** A lot of 3,000 good rounds of which testing destroyed 200. */
  private static LotView lot(LotStatus status, String concessionRequestedBy) {
    return new LotView(
        LOT,
        "762x39-BALL-SC",
        "L1",
        status,
        "ORIGINAL",
        3_000,
        0,
        200,
        2_800,
        LOT,
        null,
        null,
        AT,
        "not accepted: major (d=3, Re=3)",
        concessionRequestedBy,
        concessionRequestedBy == null ? null : "cosmetic",
        null,
        null,
        null,
        null,
        null,
        List.of());
  }
}
