package io.tally.execution.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LotNumberingTest {
  static final Plant PLANT = PlantFileReader.readDefault();
  static final ProductCode BALL = new ProductCode("762x39-BALL-SC");
  static final ProductCode TRACER = new ProductCode("762x39-TRACER");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");

  @Test
  void interfixIsTheCapabilitysPositionInThePlantFile() {
    assertThat(LotNumbering.interfix(PLANT, new LineId("L1"), BALL)).isEqualTo(1);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L2"), BALL)).isEqualTo(2);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L3"), TRACER)).isEqualTo(3);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L3"), BLANK)).isEqualTo(4);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L4"), TRACER)).isEqualTo(5);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L4"), BLANK)).isEqualTo(6);
    assertThat(LotNumbering.interfix(PLANT, new LineId("L1"), TRACER)).isEqualTo(-1);
  }

  @Test
  void nextNumberUsesSiteSymbolYearMonthAndNextSequence() {
    Instant march = Instant.parse("2027-03-01T06:00:00Z");
    assertThat(LotNumbering.next(PLANT, march, 4, 0).toString()).isEqualTo("RCP27C004-001");
    assertThat(LotNumbering.next(PLANT, march, 4, 41).toString()).isEqualTo("RCP27C004-042");
    Instant december = Instant.parse("2026-12-31T21:59:00Z");
    assertThat(LotNumbering.next(PLANT, december, 1, 998).toString()).isEqualTo("RCP26M001-999");
  }

  @Test
  void refusesASequencePast999() {
    Instant march = Instant.parse("2027-03-01T06:00:00Z");
    assertThatThrownBy(() -> LotNumbering.next(PLANT, march, 3, 999))
        .isInstanceOf(LotNumbering.SequenceExhausted.class)
        .hasMessageContaining("interfix 003")
        .hasMessageContaining("2027");
  }
}
