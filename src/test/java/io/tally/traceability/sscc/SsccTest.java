package io.tally.traceability.sscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SsccTest {

  @Test
  void computesTheGs1CheckDigitOfKnownCodes() {
    // GS1's SSCC examples and a GTIN-13 (same mod-10 rule).
    assertThat(Sscc.checkDigit("00614141123456789")).isEqualTo(0);
    assertThat(Sscc.checkDigit("10614141123456789")).isEqualTo(7);
    assertThat(Sscc.checkDigit("400638133393")).isEqualTo(1);
    assertThat(new Sscc("106141411234567897").value()).isEqualTo("106141411234567897");
  }

  @Test
  void refusesAWrongCheckDigitNamingTheExpectedOne() {
    assertThatThrownBy(() -> Sscc.parse("106141411234567898"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 7");
  }

  @Test
  void refusesAnythingButEighteenDigits() {
    assertThatThrownBy(() -> Sscc.parse("10614141123456789")).hasMessageContaining("18 digits");
    assertThatThrownBy(() -> Sscc.parse("1061414112345678A7")).hasMessageContaining("18 digits");
    assertThat(Sscc.isSscc("RCP27C001-004")).isFalse();
  }

  @Test
  void derivesTheCompanyPrefixFromTheManufacturerSymbol() {
    assertThat(CompanyPrefix.fromSymbol("RCP").digits()).isEqualTo("180316");
    Sscc s = Sscc.of(0, CompanyPrefix.fromSymbol("RCP"), 42);
    assertThat(s.value()).startsWith("0180316000000004").hasSize(18);
    assertThat(s.serial(CompanyPrefix.fromSymbol("RCP"))).isEqualTo(42);
  }

  @Test
  void refusesASerialThatDoesNotFitBesideTheprefix() {
    CompanyPrefix twelve = new CompanyPrefix("123456789012");
    assertThat(Sscc.of(9, twelve, 9_999).value()).startsWith("91234567890129999");
    assertThatThrownBy(() -> Sscc.of(9, twelve, 10_000)).hasMessageContaining("does not fit");
    assertThatThrownBy(() -> new CompanyPrefix("12345")).hasMessageContaining("6 to 12 digits");
  }

  @Property
  void everyBuiltCodeParsesAndOneChangedDigitIsCaught(
      @ForAll @IntRange(min = 0, max = 9) int extension,
      @ForAll @LongRange(min = 0, max = 9_999_999_999L) long serial,
      @ForAll @IntRange(min = 0, max = 16) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    Sscc s = Sscc.of(extension, CompanyPrefix.fromSymbol("RCP"), serial);
    assertThat(Sscc.parse(s.value())).isEqualTo(s);
    char[] digits = s.value().toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
    assertThat(Sscc.isSscc(new String(digits))).isFalse();
  }
}
