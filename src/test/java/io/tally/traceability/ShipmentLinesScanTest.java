package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.CommandRejected;
import org.junit.jupiter.api.Test;

/** The create-shipment form takes a scanner's GS1 element string where an SSCC or lot goes. */
class ShipmentLinesScanTest {

  @Test
  void aScannedSsccOrLotLabelGivesTheSsccOrLotOfTheRow() {
    assertThat(
            ShipmentLinesText.parse(
                "]C100018031600000000014\n]C110RCP27C001-004\u001d11261127 2500 FG"))
        .containsExactly(
            new ShipmentRequest.Line(null, null, null, "018031600000000014"),
            new ShipmentRequest.Line("RCP27C001-004", 2_500L, "FG", null));
  }

  @Test
  void aMalformedScanIsRefusedWithTheParsersMessageNamingTheField() {
    assertThatThrownBy(() -> ShipmentLinesText.parse("]C100018031600000000015"))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("(00) SSCC 018031600000000015 has check digit 5, expected 4")
        .extracting(e -> ((CommandRejected) e).field())
        .isEqualTo("lines[0].sscc");
  }
}
