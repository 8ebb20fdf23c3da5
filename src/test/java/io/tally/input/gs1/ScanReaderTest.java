package io.tally.input.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ScanReaderTest {

  @TestFactory
  Stream<DynamicTest> readsAndRefusesTheReferenceElementStrings() throws IOException {
    return vectors().stream()
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v[0] + " " + v[1],
                    () -> {
                      String scan = v[1].replace("<GS>", "\u001d");
                      if (v[0].equals("read")) {
                        assertThat(ElementString.parse(scan).humanReadable()).isEqualTo(v[2]);
                      } else {
                        assertThatThrownBy(() -> ElementString.parse(scan))
                            .isInstanceOf(Gs1Refusal.class)
                            .hasMessageContaining(v[2]);
                      }
                    }));
  }

  @Test
  void transmitsASeparatorOnlyAfterVariableLengthElementsThatAreNotLast() {
    ElementString es =
        ElementString.of(
            Element.of("02", "09501101530003"),
            Element.of("37", "1200"),
            Element.of("10", "XYZ07D006-004"),
            Element.of("11", "261127"));

    assertThat(es.transmitted())
        .isEqualTo("0209501101530003371200\u001d10XYZ07D006-004\u001d11261127");
    assertThat(ElementString.parse("]C1" + es.transmitted())).isEqualTo(es);
    assertThat(es.bracketed()).isEqualTo("[02]09501101530003[37]1200[10]XYZ07D006-004[11]261127");
  }

  @Test
  void readsDatesWithTheGs1CenturyRuleAndDayZeroAsMonthEnd() {
    assertThat(Element.of("11", "261127").date(2026)).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(Element.of("17", "280200").date(2026)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Element.of("15", "991231").date(2026)).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(Element.of("15", "750101").date(2026)).isEqualTo(LocalDate.of(2075, 1, 1));
    assertThat(Element.of("15", "770101").date(2026)).isEqualTo(LocalDate.of(1977, 1, 1));
  }

  @Test
  void takesTheSsccOrLotOutOfAScanAndLeavesTypedIdsAlone() {
    assertThat(Scans.sscc("]C100106141411234567897")).isEqualTo("106141411234567897");
    assertThat(Scans.sscc("00106141411234567897")).isEqualTo("106141411234567897");
    assertThat(Scans.sscc(" 106141411234567897 ")).isEqualTo("106141411234567897");
    assertThat(Scans.lot("371200\u001d10XYZ07D006-004\u001d11261127")).isEqualTo("XYZ07D006-004");
    assertThat(Scans.lot("XYZ07D006-004")).isEqualTo("XYZ07D006-004");
    assertThat(Scans.ssccOrLot("(10) C-CASE-20261127")).isEqualTo("C-CASE-20261127");
    assertThatThrownBy(() -> Scans.lot("]C100106141411234567897"))
        .hasMessage("the scan carries no batch/lot (AI 10)");
    assertThatThrownBy(() -> Scans.sscc("00106141411234567890"))
        .hasMessageContaining("has check digit 0, expected 7");
  }

  @Test
  void refusesAGtinWithAWrongCheckDigitAndPadsItToFourteen() {
    assertThat(new Gtin("9501101530003").gtin14()).isEqualTo("09501101530003");
    assertThatThrownBy(() -> new Gtin("9501101530004"))
        .hasMessage("GTIN 9501101530004 has check digit 4, expected 3");
  }

  private static List<String[]> vectors() throws IOException {
    try (InputStream in = ScanReaderTest.class.getResourceAsStream("/gs1/element-strings.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .peek(v -> assertThat(v).as(Arrays.toString(v)).hasSize(3))
          .toList();
    }
  }
}
