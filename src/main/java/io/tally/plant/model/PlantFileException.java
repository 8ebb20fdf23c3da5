package io.tally.plant.model;

import java.util.List;
import java.util.stream.Collectors;

/** A plant file that was refused, with every problem found: file, line, field and reason. */
public class PlantFileException extends RuntimeException {
  private final List<Problem> problems;

  public PlantFileException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One problem; {@code line} is 1-based, 0 when unknown. */
  public record Problem(String file, int line, String field, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason;
    }
  }
}
