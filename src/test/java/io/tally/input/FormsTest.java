package io.tally.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormsTest {
  @Test
  void anIdIsLettersDigitsAndDotUnderscoreSlashDashStartingWithALetterOrDigit() {
    assertThat(Forms.isId("762x39-BALL-SC")).isTrue();
    assertThat(Forms.isId("A-2027/014_b.1")).isTrue();
    assertThat(Forms.isId("x".repeat(64))).isTrue();
    assertThat(Forms.isId("x".repeat(65))).isFalse();
    assertThat(Forms.isId("")).isFalse();
    assertThat(Forms.isId("<script>")).isFalse();
    assertThat(Forms.isId("has space")).isFalse();
    assertThat(Forms.isId("-1")).isFalse();
    assertThat(Forms.isId("=cmd")).isFalse();
    assertThat(Forms.isId("LOT\n1")).isFalse();
  }

  @Test
  void freeTextIsPrintableBoundedAndNeverAFormula() {
    assertThat(Forms.isText("Contract 27/001 — Zürich, 5 % off", 200)).isTrue();
    assertThat(Forms.isText("", 200)).isTrue();
    assertThat(Forms.isText("🙂".repeat(200), 200)).isTrue();
    assertThat(Forms.isText("r".repeat(201), 200)).isFalse();
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)"}) {
      assertThat(Forms.isText(formula, 200)).as(formula).isFalse();
    }
    assertThat(Forms.isText("tab\there", 200)).isFalse();
    assertThat(Forms.isText("nul\u0000", 200)).isFalse();
    assertThat(Forms.isText("bidi\u202Eoverride", 200)).isFalse();
  }

  @Test
  void aDayLiesIn2000To2100() {
    assertThat(Forms.isPlausible(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(Forms.isPlausible(LocalDate.of(2100, 12, 31))).isTrue();
    assertThat(Forms.isPlausible(LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(Forms.isPlausible(LocalDate.MAX)).isFalse();
  }

  @Test
  void anEchoIsAtMost32CharactersAndNeverHalfASurrogatePair() {
    assertThat(Forms.echo("short")).isEqualTo("short");
    assertThat(Forms.echo("9".repeat(10_000_000))).isEqualTo("9".repeat(32) + "…");
    String emoji = "x".repeat(31) + "🙂🙂";
    assertThat(Forms.echo(emoji)).isEqualTo("x".repeat(31) + "…");
  }
}
