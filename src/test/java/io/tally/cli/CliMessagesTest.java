package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line speaks the shell's language: TALLY_LOCALE, else LANG, else English. */
class CliMessagesTest {
  @Test
  void theShellsLanguage() {
    assertThat(CliMessages.locale("es-VE", null)).isEqualTo(Locale.forLanguageTag("es-VE"));
    assertThat(CliMessages.locale(null, "es_VE.UTF-8")).isEqualTo(Locale.forLanguageTag("es-VE"));
    assertThat(CliMessages.locale(null, "C.UTF-8")).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.locale("fr", "fr_FR.UTF-8")).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.locale(null, null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void anEnglishShellReadsTheMessagesAsBefore() {
    // The build's shell: whatever LANG is, the frame and a detail without translation hold.
    assertThat(CliMessages.refused("something odd")).isEqualTo("tally: something odd");
    String help = CliMessages.text("cli.tryHelp", "tally plan");
    assertThat(help).isIn("Try 'tally plan --help'.", "Pruebe 'tally plan --help'.");
  }
}
