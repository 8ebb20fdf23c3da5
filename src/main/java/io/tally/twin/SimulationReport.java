package io.tally.twin;

import io.tally.twin.model.Comparison;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Settings;
import java.io.PrintWriter;

/**
 * A finished simulation as the command line shows it: a text report for people and a JSON document
 * for programs. With a comparison, the forecast is the scenario's and the baseline and the
 * difference (common random numbers) come with it.
 */
public record SimulationReport(
    String plant,
    String scenario,
    Settings settings,
    Forecast forecast,
    Comparison comparison,
    double seconds) {

  public String toJson() {
    return SimulationJson.write(this);
  }

  public void printText(PrintWriter out) {
    SimulationText.print(this, out);
  }
}
