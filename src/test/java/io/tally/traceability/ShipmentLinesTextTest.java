package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.CommandRejected;
import org.junit.jupiter.api.Test;

/** The create-shipment form's lines: an SSCC alone, or a lot, a quantity and a location. */
class ShipmentLinesTextTest {

  @Test
  void aRowIsAUnitOrLooseRoundsAndBlankRowsAreSkipped() {
    assertThat(
            ShipmentLinesText.parse(
                "018031600000000014\n\n  RCP27C001-004 2500 FG \r\nRCP27C001-005,1_000,L1"))
        .containsExactly(
            new ShipmentRequest.Line(null, null, null, "018031600000000014"),
            new ShipmentRequest.Line("RCP27C001-004", 2_500L, "FG", null),
            new ShipmentRequest.Line("RCP27C001-005", 1_000L, "L1", null));
  }

  @Test
  void aRowOfTwoFieldsIsRefusedNamingItsLine() {
    assertThatThrownBy(() -> ShipmentLinesText.parse("018031600000000014\nRCP27C001-004 2500"))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("row 2")
        .extracting(e -> ((CommandRejected) e).field())
        .isEqualTo("lines[1]");
  }

  @Test
  void aQuantityThatIsNoNumberIsRefused() {
    assertThatThrownBy(() -> ShipmentLinesText.parse("RCP27C001-004 many FG"))
        .isInstanceOf(CommandRejected.class)
        .extracting(e -> ((CommandRejected) e).field())
        .isEqualTo("lines[0].quantity");
  }
}
