package io.tally.twin;

import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.PlantFileException;
import io.tally.twin.model.Scenario;
import io.tally.twin.model.ScenarioReader;
import io.tally.twin.model.Settings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A simulation to run on the server, bounded so that one request cannot hold the machine for hours:
 * 2 to 10,000 replications (a confidence interval needs two), 1 to 5 years, at most one thread per
 * processor.
 *
 * @param scenario YAML text in the format of {@code tally simulate --scenario}; blank for none
 * @param target annual good output to reach; null for the plant's derived available nameplate
 */
public record SimulationRequest(
    Integer replications,
    Integer years,
    Long seed,
    @Size(max = SCENARIO_MAX) String scenario,
    @Max(Forms.QUANTITY_MAX) Long target,
    Integer threads) {
  static final int MAX_REPLICATIONS = 10_000;
  static final int SCENARIO_MAX = 65_536;
  static final int MAX_YEARS = 5;
  static final long DEFAULT_SEED = 12345;

  Settings settings(LocalDate start, int processors) {
    if (replications == null) {
      throw CommandRejected.invalid("replications", "replications is required (2 to 10,000)");
    }
    if (replications < 2 || replications > MAX_REPLICATIONS) {
      throw CommandRejected.invalid(
          "replications", "replications must be 2 to 10,000, got " + replications);
    }
    int y = years == null ? 1 : years;
    if (y < 1 || y > MAX_YEARS) {
      throw CommandRejected.invalid("years", "years must be 1 to 5, got " + y);
    }
    int t = threads == null ? processors : threads;
    if (t < 1 || t > processors) {
      throw CommandRejected.invalid(
          "threads", "threads must be 1 to " + processors + " (the processors), got " + t);
    }
    if (target != null && target < 0) {
      throw CommandRejected.invalid("target", "target must not be negative, got " + target);
    }
    return new Settings(start, y, replications, seed == null ? DEFAULT_SEED : seed, t, 0, target);
  }

  boolean hasScenario() {
    return scenario != null && !scenario.isBlank();
  }

  /** The scenario, or the plant as it is; a text the reader refuses names its line and field. */
  Scenario parsedScenario() {
    if (!hasScenario()) {
      return Scenario.BASELINE;
    }
    try {
      return ScenarioReader.parse("scenario", scenario);
    } catch (PlantFileException e) {
      throw rejected(e);
    }
  }

  static CommandRejected rejected(PlantFileException e) {
    PlantFileException.Problem p = e.problems().get(0);
    StringBuilder detail = new StringBuilder("scenario");
    if (p.line() > 0) {
      detail.append(" line ").append(p.line());
    }
    detail.append(p.field().isEmpty() ? "" : ", " + p.field()).append(": ").append(p.reason());
    if (e.problems().size() > 1) {
      detail.append(" (and ").append(e.problems().size() - 1).append(" more)");
    }
    return CommandRejected.invalid("scenario", detail.toString());
  }
}
