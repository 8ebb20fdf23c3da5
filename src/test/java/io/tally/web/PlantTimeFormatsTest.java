package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Times on pages are plant time with the zone shown; numbers the reader's way. Crosses midnight and
 * the spring-forward change of Europe/Madrid (2027-03-28 02:00 CET becomes 03:00 CEST), and the
 * reference plant's America/Caracas (UTC-4, no change).
 */
class PlantTimeFormatsTest {
  static final Locale ES_VE = Locale.forLanguageTag("es-VE");
  static final Formats MADRID = new Formats(() -> ZoneId.of("Europe/Madrid"));
  static final Formats CARACAS = new Formats(() -> ZoneId.of("America/Caracas"));

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void numbersTheReadersWay() {
    LocaleContextHolder.setLocale(ES_VE);
    assertThat(CARACAS.number(70_000_000L)).isEqualTo("70.000.000");
    assertThat(CARACAS.decimal(1234.5, 1)).isEqualTo("1.234,5");
    assertThat(CARACAS.percent(0.873, 1)).startsWith("87,3").endsWith("%");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(CARACAS.number(70_000_000L)).isEqualTo("70,000,000");
    assertThat(CARACAS.decimal(1234.5, 1)).isEqualTo("1,234.5");
    assertThat(CARACAS.percent(0.873, 1)).isEqualTo("87.3%");
    assertThat(CARACAS.number(null)).isEqualTo("-");
  }

  @Test
  void caracasIsFourHoursBehindAndTheDayTurnsAtItsMidnight() {
    LocaleContextHolder.setLocale(ES_VE);
    // 03:30 UTC on the 27th is 23:30 on the 26th in Caracas: the plant's day is still the 26th.
    Instant late = Instant.parse("2026-11-27T03:30:00Z");
    assertThat(CARACAS.clock(late)).startsWith("23:30 ");
    assertThat(CARACAS.date(late)).contains("26").doesNotContain("27 ");
    assertThat(CARACAS.iso(late)).isEqualTo("2026-11-26T23:30:00-04:00");
    // Half an hour later by the clock of the world, the plant is past its midnight.
    Instant after = Instant.parse("2026-11-27T04:30:00Z");
    assertThat(CARACAS.clock(after)).startsWith("00:30 ");
    assertThat(CARACAS.date(after)).contains("27");
    assertThat(CARACAS.iso(after)).isEqualTo("2026-11-27T00:30:00-04:00");
    // Whatever the reader's language, the zone is shown beside the time.
    assertThat(CARACAS.time(after)).contains("00:30").contains(zoneText("America/Caracas", after));
    assertThat(CARACAS.zoneName()).startsWith("America/Caracas (");
  }

  @Test
  void madridAcrossMidnightAndTheSpringForwardChange() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    // 2027-03-27 23:30 UTC is 00:30 CET on Sunday the 28th: past the plant's midnight.
    Instant midnight = Instant.parse("2027-03-27T23:30:00Z");
    assertThat(MADRID.iso(midnight)).isEqualTo("2027-03-28T00:30:00+01:00");
    assertThat(MADRID.date(midnight)).isEqualTo("Mar 28, 2027");
    // One minute before the change: 01:59 CET; one minute later the clocks show 03:00 CEST.
    Instant before = Instant.parse("2027-03-28T00:59:00Z");
    Instant changed = Instant.parse("2027-03-28T01:00:00Z");
    assertThat(MADRID.clock(before)).isEqualTo("01:59 CET");
    assertThat(MADRID.clock(changed)).isEqualTo("03:00 CEST");
    assertThat(MADRID.iso(changed)).isEqualTo("2027-03-28T03:00:00+02:00");
    // The same two instants a Spanish reader sees, still with their zones apart.
    LocaleContextHolder.setLocale(Locale.forLanguageTag("es-ES"));
    assertThat(MADRID.clock(before)).startsWith("01:59 ");
    assertThat(MADRID.clock(changed)).startsWith("03:00 ");
    assertThat(MADRID.clock(before)).isNotEqualTo(MADRID.clock(changed).replace("03:00", "01:59"));
    assertThat(MADRID.date(LocalDate.of(2027, 3, 28))).contains("28").contains("2027");
  }

  @Test
  void anIso8601TextWithOffsetIsShownInPlantTime() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(MADRID.clock("2027-10-31T00:30:00Z")).isEqualTo("02:30 CEST");
    assertThat(MADRID.clock("2027-10-31T01:30:00Z")).isEqualTo("02:30 CET");
  }

  private static String zoneText(String zone, Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("zzz", ES_VE)
        .format(at.atZone(ZoneId.of(zone)));
  }
}
