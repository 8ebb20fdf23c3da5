package io.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams and canvases in docs/modules are what Spring Modulith draws from the code
 * today. They are generated into target/ and compared with the checked-in copies; after a change to
 * the modules, refresh them with {@code ./mvnw -B -q test -Dtest=ModuleDocumentationTest
 * -Dtally.docs.write=true} and commit docs/modules.
 */
class ModuleDocumentationTest {
  static final Path CHECKED_IN = Path.of("docs", "modules");
  static final Path GENERATED = Path.of("target", "modules-docs");
  static final String REFRESH =
      "./mvnw -B -q test -Dtest=ModuleDocumentationTest -Dtally.docs.write=true";

  @Test
  void checkedInModuleDiagramsMatchTheCode() throws IOException {
    new Documenter(
            ModularityTests.MODULES,
            Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    Map<String, String> generated = files(GENERATED);
    if (Boolean.getBoolean("tally.docs.write")) {
      replaceCheckedIn(generated);
    }
    assertThat(files(CHECKED_IN))
        .as("docs/modules is stale; refresh it with: " + REFRESH)
        .isEqualTo(generated);
  }

  private static void replaceCheckedIn(Map<String, String> generated) throws IOException {
    Files.createDirectories(CHECKED_IN);
    for (String stale : files(CHECKED_IN).keySet()) {
      Files.delete(CHECKED_IN.resolve(stale));
    }
    for (var file : generated.entrySet()) {
      Files.writeString(CHECKED_IN.resolve(file.getKey()), file.getValue());
    }
  }

  /**
   * The text with each run of adjacent component, relation or list lines sorted: Spring Modulith
   * emits them in hash or class-path order, which may differ between runs and machines, and their
   * order means nothing to PlantUML or to a canvas. A table cell that opens with a list item
   * ({@code |* ...}) is split into {@code |} and the item, which AsciiDoc reads the same.
   */
  static String ordered(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.startsWith("|* ")) {
        lines.add("|");
        lines.add(line.substring(1));
      } else {
        lines.add(line);
      }
    }
    int start = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || !kind(lines.get(i)).equals(kind(lines.get(start)))) {
        if (!kind(lines.get(start)).isEmpty()) {
          Collections.sort(lines.subList(start, i));
        }
        start = i;
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String kind(String line) {
    String t = line.strip();
    if (t.startsWith("Component(")) {
      return "Component";
    }
    if (t.startsWith("Rel(")) {
      return "Rel";
    }
    return line.startsWith("* ") ? "Item" : "";
  }

  /** The folder's files by name, with their text in a stable order. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        out.put(p.getFileName().toString(), ordered(Files.readString(p)));
      }
    }
    return out;
  }
}
