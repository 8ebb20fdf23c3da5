package io.tally.quality.sampling;

import java.util.List;
import java.util.Map;

/**
 * A second, independent plan look-up for the property tests: it reads the tables straight from the
 * reference file's Markdown and searches for the first plan below or above an arrow, instead of
 * using the tables held in code.
 */
final class ReferencePlans {
  /** What the model needs of a plan; {@code tighterAc} is -1 when the plan's Ac is below 2. */
  record Plan(String letter, String planLetter, int n, int ac, int re, int tighterAc) {}

  private final List<String> levels;
  private final List<List<String>> tableOne;
  private final List<String> aqlColumns;
  private final Map<Severity, List<List<String>>> master;

  ReferencePlans(ReferenceFile file) {
    levels = file.headerAfter("### 1.1");
    tableOne = file.tableAfter("### 1.1");
    aqlColumns = file.headerAfter("**Normal inspection");
    master =
        Map.of(
            Severity.NORMAL, file.tableAfter("**Normal inspection"),
            Severity.TIGHTENED, file.tableAfter("**Tightened inspection"),
            Severity.REDUCED, file.tableAfter("**Reduced inspection"));
  }

  Plan plan(long lotSize, InspectionLevel level, Aql aql, Severity severity) {
    String letter = null;
    for (List<String> band : tableOne) {
      long[] ends = ReferenceFile.band(band.get(0));
      if (lotSize >= ends[0] && lotSize <= ends[1]) {
        letter = band.get(levels.indexOf(level.label()));
      }
    }
    List<List<String>> rows = master.get(severity);
    int column = aqlColumns.indexOf(aql.toString());
    int start = 0;
    while (!rows.get(start).get(0).equals(letter)) {
      start++;
    }
    int found = start;
    String cell = rows.get(found).get(column);
    if (cell.equals("↓")) {
      do {
        found++;
      } while (!rows.get(found).get(column).contains("/"));
    } else if (cell.equals("↑")) {
      do {
        found--;
      } while (!rows.get(found).get(column).contains("/"));
    }
    List<String> row = rows.get(found);
    String[] acRe = row.get(column).split("/");
    int ac = Integer.parseInt(acRe[0]);
    int tighterAc = -1;
    if (ac >= 2) {
      String[] tighter = master.get(Severity.NORMAL).get(found).get(column - 1).split("/");
      tighterAc = Integer.parseInt(tighter[0]);
    }
    int n = (int) Math.min(Integer.parseInt(row.get(1)), lotSize);
    return new Plan(letter, row.get(0), n, ac, Integer.parseInt(acRe[1]), tighterAc);
  }
}
