package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The site's plant time and language from the plant file (docs/plant-file.md, docs/i18n.md). */
class SiteLanguageAndTimeTest {
  static final String REFERENCE = PlantFileReaderTest.REFERENCE;

  @Test
  void theReferencePlantRunsOnCaracasTimeInSpanish() {
    Site site = PlantFileReader.parse("plant.yaml", REFERENCE).site();
    assertThat(site.zone()).isEqualTo(ZoneId.of("America/Caracas"));
    assertThat(site.locale()).isEqualTo(Locale.forLanguageTag("es-VE"));
  }

  @Test
  void theOlderNameOfTheZoneAndTheDefaults() {
    String older =
        REFERENCE
            .replace("timeZone: America/Caracas", "timezone: Europe/Madrid")
            .replace("  locale: es-VE\n", "");
    Site site = PlantFileReader.parse("plant.yaml", older).site();
    assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    assertThat(site.locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aLanguageTallyDoesNotSpeakIsRefusedWithItsLine() {
    String french = REFERENCE.replace("locale: es-VE", "locale: fr-FR");
    PlantFileException e = PlantFileReaderTest.refuse(french);
    int line = PlantFileReaderTest.lineOf(REFERENCE, "locale: es-VE", 0);
    assertThat(e.getMessage()).contains("plant.yaml:" + line + ": site.locale: ", "not 'fr'");
  }

  @Test
  void anUnknownZoneIsRefused() {
    String nowhere = REFERENCE.replace("timeZone: America/Caracas", "timeZone: Mars/Olympus");
    assertThat(PlantFileReaderTest.refuse(nowhere).getMessage()).contains("site.timeZone");
  }
}
