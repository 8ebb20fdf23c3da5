package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlantFileReaderTest {
  static final String REFERENCE = reference();

  static String reference() {
    try (var in = PlantFileReader.class.getResourceAsStream(PlantFileReader.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int lineOf(String text, String needle, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(needle, at + 1);
    }
    assertThat(at).as("needle %s", needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Replaces the n-th occurrence of a piece of the reference file. */
  static String broken(String from, int occurrence, String to) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = REFERENCE.indexOf(from, at + 1);
    }
    assertThat(at).as("fixture %s", from).isNotNegative();
    return REFERENCE.substring(0, at) + to + REFERENCE.substring(at + from.length());
  }

  static PlantFileException refuse(String text) {
    try {
      PlantFileReader.parse("plant.yaml", text);
    } catch (PlantFileException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void readsTheReferencePlant() {
    Plant plant = PlantFileReader.parse("plant.yaml", REFERENCE);
    assertThat(plant.site().manufacturerSymbol()).isEqualTo("RCP");
    assertThat(plant.lines()).hasSize(5);
    assertThat(plant.stopReasons()).extracting(StopReason::code).contains("BRK", "CHG");
    assertThat(plant.findLocation(new LocationCode("REJECT")))
        .hasValue(new Location(new LocationCode("REJECT"), Location.Type.REJECT, 500_000));
  }

  @Test
  void namesFileLineFieldAndReasonOfAnUnknownProduct() {
    String text =
        broken(
            "{ product: 762x39-TRACER, ratedPerHour: 4375 }",
            1,
            "{ product: TRC-9, ratedPerHour: 4375 }");
    PlantFileException e = refuse(text);
    int line = lineOf(text, "product: TRC-9", 0);
    assertThat(e.getMessage())
        .contains(
            "plant.yaml:" + line + ": lines[3].capabilities[0].product: unknown product 'TRC-9'");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id: L2|0|id: L1|lines[1].id: duplicate id 'L1'",
        "code: 762x39-BLANK|0|code: 762x39-TRACER|products[2].code: duplicate id '762x39-TRACER'",
        "ratedPerHour: 4375 }|0|ratedPerHour: -5 }|lines[0].capabilities[0].ratedPerHour: must be a positive number, got -5",
        "ratedPerHour: 4375 }|1|ratedPerHour: 0 }|lines[1].capabilities[0].ratedPerHour: must be a positive number, got 0",
        "{ from: 762x39-BLANK, to: 762x39-TRACER, minutes: 120 }|0|{ from: 762x39-BLANK, to: 762x39-BLANK, minutes: 0 }|lines[2].changeovers: missing changeover from '762x39-BLANK' to '762x39-TRACER'",
        "end: \"14:00\"|0|end: \"15:00\"|calendars[0]: shifts 'A' and 'B' overlap",
        "stage: S2|0|stage: S9|lines[4].stage: unknown stage 'S9'",
        "calendar: TWO-SHIFT|0|calendar: NIGHTS|lines[0].calendar: unknown calendar 'NIGHTS'",
        "lines: [L1]|0|lines: [L9]|calendars[0].maintenance[0].lines[0]: unknown line 'L9'",
        "covers: { stage: S1 }|0|covers: { line: L7 }|acceptanceActs[0].covers.line: unknown line 'L7'",
        "state: planned|0|state: operating|lines[4].state: line is operating but no acceptance act covers it or its stage",
        "state: planned|0|state: running|lines[4].state: unknown line state 'running'",
        "mtbfHours: 40, mttrHours: 1.5|0|mtbfHours: 40|lines[0].reliability.mttrHours: required field is missing",
        "kind: army|0|kind: navy|customers[0].kind: unknown customer kind 'navy'",
        "aql: 0.65|0|aql: abc|products[0].quality.classes[1].aql: not a number: 'abc'",
        "inspectionLevel: II|0|inspectionLevel: IV|products[0].quality.inspectionLevel: unknown inspection level 'IV'",
        "lotSize: 100000|0|lotSize: 0|products[0].lotSize: must be a positive whole number, got 0",
        "manufacturerSymbol: RCP|0|manufacturerSymbol: rc|site: manufacturer symbol must be three capital letters",
        "unit: round|0|unit: round\\n    colour: red|products[0].colour: unknown field",
        "signedOn: 2025-07-02|0|signedOn: 2025-13-02|acceptanceActs[0].signedOn: not a valid date or time: '2025-13-02'",
        "{ code: JAM, name: Feed jam, category: unplanned }|0|{ code: BRK, name: Feed jam, category: unplanned }|stopReasons[1].code: duplicate id 'BRK'",
        "{ code: STORES, type: store|0|{ code: STORES, type: shed|locations[5].type: unknown location type 'shed'",
        "{ code: L2, type: line, licensedMaximum: 2000000 }|0|{ code: L2, type: line, licensedMaximum: 0 }|locations[1].licensedMaximum: must be a positive whole number, got 0",
        "{ code: FG,|0|{ code: STORES,|locations[6].code: duplicate id 'STORES'",
        "{ code: L5, type: line|0|{ code: L5, type: store|lines[4].id: line L5 has no location of type line",
        "{ code: DISPATCH, type: dispatch, licensedMaximum: 2000000 }|0|{ code: DISPATCH, type: dispatch }|locations[10].licensedMaximum: required field is missing",
      })
  void refusesEveryBrokenRule(String from, int occurrence, String to, String expected) {
    String text = broken(from, occurrence, to.replace("\\n", "\n"));
    PlantFileException e = refuse(text);
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains(expected));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void refusesBadYamlWithItsLine() {
    String text = REFERENCE.replace("  name: Reference cartridge plant", "  name: [unclosed");
    PlantFileException e = refuse(text);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).startsWith("bad YAML");
              assertThat(p.line()).isPositive();
            });
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> PlantFileReader.parse("plant.yaml", ""))
        .isInstanceOf(PlantFileException.class)
        .hasMessageContaining("the file is empty");
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() {
    String text =
        broken("ratedPerHour: 4375 }", 0, "ratedPerHour: -1 }")
            .replace("kind: police", "kind: navy");
    assertThat(refuse(text).problems()).hasSizeGreaterThanOrEqualTo(2);
  }
}
