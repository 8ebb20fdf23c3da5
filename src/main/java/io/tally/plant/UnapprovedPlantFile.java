package io.tally.plant;

import io.tally.plant.model.PlantDifference;
import io.tally.plant.model.PlantFileException;
import java.util.ArrayList;
import java.util.List;

/** A plant file refused at start: it changes the rules without an approved change in force. */
class UnapprovedPlantFile extends PlantFileException {
  UnapprovedPlantFile(String file, String why, List<PlantDifference> differences) {
    super(problems(file, why, differences));
  }

  private static List<Problem> problems(
      String file, String why, List<PlantDifference> differences) {
    List<Problem> out = new ArrayList<>();
    out.add(new Problem(file, 0, "", why));
    for (PlantDifference d : differences) {
      String change = d.toString().substring(d.path().length() + 2);
      out.add(new Problem(file, 0, d.path(), d.controlled() ? change : change + " (free)"));
    }
    return out;
  }
}
