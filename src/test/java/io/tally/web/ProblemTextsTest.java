package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Problem details in the reader's language: the English detail a rule wrote is matched with its
 * quoted values and numbers as arguments, and answered from the Spanish bundle. And the Java-side
 * check: every refusal written as a plain literal ({@code CommandRejected.invalid("f", "...")}) has
 * its key; the refusals built by concatenation are counted, and stay English until they get one.
 */
class ProblemTextsTest {
  static final String BASENAMES = io.tally.kernel.Languages.BUNDLES;
  static final Locale ES = Locale.forLanguageTag("es-VE");
  static final Pattern LITERAL =
      Pattern.compile(
          "CommandRejected\\.(?:invalid|notFound|conflict)\\(\\s*\"[^\"]*\",\\s*\"([^\"]*)\"\\s*\\)");
  static final Pattern ANY = Pattern.compile("CommandRejected\\.(?:invalid|notFound|conflict)\\(");

  static ProblemTexts texts() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(BASENAMES.split(","));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ProblemTexts(source, BASENAMES);
  }

  @Test
  void aDetailIsAnsweredInSpanishWithItsValues() {
    ProblemTexts t = texts();
    assertThat(t.localize("limit must be 1 to 1000", ES))
        .isEqualTo("limit debe estar entre 1 y 1000");
    assertThat(t.localize("no user 'bob.k'", ES)).isEqualTo("no existe el usuario 'bob.k'");
    assertThat(t.localize("the reason is required (2000 max)", ES))
        .isEqualTo("el motivo es obligatorio (2000 máx.)");
    assertThat(t.localize("the old password is not right", ES))
        .isEqualTo("la contraseña anterior no es correcta");
    // English stays English; a detail without a key stays as it came.
    assertThat(t.localize("limit must be 1 to 1000", Locale.ENGLISH))
        .isEqualTo("limit must be 1 to 1000");
    assertThat(t.localize("something nobody translated", ES))
        .isEqualTo("something nobody translated");
  }

  @Test
  void theArgumentsAreTheQuotedValuesAndTheNumbers() {
    List<String> args = new ArrayList<>();
    assertThat(ProblemTexts.template("no lot 'RCP27C001-004' on line L3, 12 left", args))
        .isEqualTo("no lot '{0}' on line L3, {1} left");
    assertThat(args).containsExactly("RCP27C001-004", "12");
  }

  @Test
  void everyLiteralRefusalHasItsKey() throws IOException {
    ProblemTexts t = texts();
    TreeSet<String> missing = new TreeSet<>();
    int literals = 0;
    int all = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(p);
        Matcher any = ANY.matcher(source);
        while (any.find()) {
          all++;
        }
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
          literals++;
          if (!t.known(m.group(1))) {
            missing.add(p.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(literals).isPositive();
    assertThat(missing).as("literal refusals without a problem.* key").isEmpty();
    // Reported, not asserted: refusals built by concatenation stay English until given a key.
    System.out.printf(
        "problem details: %d refusals, %d literal (all with keys), %d built by concatenation%n",
        all, literals, all - literals);
  }
}
