package io.tally.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundles the server reads (application.yaml) are the ones the command line reads. */
class LanguagesBundlesTest {
  @Test
  void theServerAndTheCommandLineReadTheSameBundles() throws Exception {
    String yaml = Files.readString(Path.of("src/main/resources/application.yaml"));
    assertThat(yaml).contains("basename: " + Languages.BUNDLES + "\n");
    for (String bundle : Languages.BUNDLES.split(",")) {
      assertThat(Path.of("src/main/resources", bundle + ".properties")).exists();
      assertThat(Path.of("src/main/resources", bundle + "_es.properties")).exists();
    }
  }
}
