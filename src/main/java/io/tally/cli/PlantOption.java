package io.tally.cli;

import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --plant FILE} option shared by commands; the built-in reference plant by default. */
public class PlantOption {
  @Option(
      names = "--plant",
      paramLabel = "FILE",
      description = "Plant file (YAML); the built-in reference plant when absent.")
  Path file;

  public Plant load() {
    return file == null ? PlantFileReader.readDefault() : PlantFileReader.read(file);
  }
}
