package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which ledger payloads a lot page lists: those naming the id as a lot, unit or component lot. */
class LotEntryMatchTest {
  @Test
  void aLotFieldAtTheTopOrInsideAShipmentsLinesNamesTheLot() {
    assertThat(LotEntryMatch.names(Map.of("lot", "RCP27C001-004", "good", 10), "RCP27C001-004"))
        .isTrue();
    assertThat(
            LotEntryMatch.names(
                Map.of(
                    "shipment",
                    "SH-1",
                    "lines",
                    List.of(Map.of("lot", "RCP27C001-004", "quantity", 5))),
                "RCP27C001-004"))
        .isTrue();
    assertThat(LotEntryMatch.names(Map.of("lot", "X", "newLot", "XA"), "XA")).isTrue();
  }

  @Test
  void anSsccAsAUnitInAListOfUnitsOrAsAChildNamesTheUnit() {
    String sscc = "001803160000000017";
    assertThat(LotEntryMatch.names(Map.of("units", List.of(sscc)), sscc)).isTrue();
    assertThat(LotEntryMatch.names(Map.of("unit", sscc), sscc)).isTrue();
    assertThat(LotEntryMatch.names(Map.of("children", List.of(Map.of("sscc", sscc))), sscc))
        .isTrue();
  }

  @Test
  void theIdAsANameReasonOrSupplierDoesNotCount() {
    assertThat(
            LotEntryMatch.names(Map.of("name", "auditor.one", "roles", List.of()), "auditor.one"))
        .isFalse();
    assertThat(LotEntryMatch.names(Map.of("lot", "L-1", "reason", "CL-9 was short"), "CL-9"))
        .isFalse();
    assertThat(LotEntryMatch.names(Map.of("componentLot", "CL-1", "supplier", "CL-9"), "CL-9"))
        .isFalse();
    assertThat(LotEntryMatch.names(Map.of("lot", "RCP27C001-0041"), "RCP27C001-004")).isFalse();
  }
}
