package io.tally.quality.sampling;

import java.util.EnumMap;
import java.util.Map;

/**
 * The single-sampling master tables of Z1.4-2003 (II-A normal, II-B tightened, II-C reduced) for
 * AQL 0.010 to 10, held as data: one row per code letter with its sample size, then one cell per
 * AQL column. {@code v} and {@code ^} are the standard's arrows, {@code -} an empty cell.
 */
final class MasterTable {
  private static final String[] NORMAL = {
    "A     2     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v",
    "B     3     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v",
    "C     5     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2",
    "D     8     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3",
    "E    13     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4",
    "F    20     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6",
    "G    32     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8",
    "H    50     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11",
    "J    80     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15",
    "K   125     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22",
    "L   200     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^",
    "M   315     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^",
    "N   500     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^",
    "P   800     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^",
    "Q  1250   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^",
    "R  2000     ^     ^   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^",
  };

  private static final String[] TIGHTENED = {
    "A     2     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v",
    "B     3     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v",
    "C     5     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v",
    "D     8     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2",
    "E    13     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3",
    "F    20     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4",
    "G    32     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6",
    "H    50     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9",
    "J    80     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13",
    "K   125     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19",
    "L   200     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^",
    "M   315     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^",
    "N   500     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^",
    "P   800     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^",
    "Q  1250     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^",
    "R  2000   0/1     ^     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^",
    "S  3150     -     -   1/2     -     -     -     -     -     -     -     -     -     -     -     -     -",
  };

  private static final String[] REDUCED = {
    "A     2     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v",
    "B     2     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v",
    "C     2     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   0/2",
    "D     3     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   0/2   1/3",
    "E     5     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4",
    "F     8     v     v     v     v     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5",
    "G    13     v     v     v     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6",
    "H    20     v     v     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8",
    "J    32     v     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10",
    "K    50     v     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13",
    "L    80     v     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^",
    "M   125     v     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^     ^",
    "N   200     v     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^     ^     ^",
    "P   315     v   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^     ^     ^     ^",
    "Q   500   0/1     ^     v   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^     ^     ^     ^     ^",
    "R   800     ^     ^   0/2   1/3   1/4   2/5   3/6   5/8  7/10 10/13     ^     ^     ^     ^     ^     ^",
  };

  private static final Map<Severity, MasterTable> TABLES = new EnumMap<>(Severity.class);

  static {
    TABLES.put(Severity.NORMAL, new MasterTable(NORMAL));
    TABLES.put(Severity.TIGHTENED, new MasterTable(TIGHTENED));
    TABLES.put(Severity.REDUCED, new MasterTable(REDUCED));
  }

  private final CodeLetter[] letters;
  private final int[] sampleSizes;
  private final Cell[][] cells;

  private MasterTable(String[] rows) {
    letters = new CodeLetter[rows.length];
    sampleSizes = new int[rows.length];
    cells = new Cell[rows.length][];
    for (int row = 0; row < rows.length; row++) {
      String[] tokens = rows[row].trim().split(" +");
      letters[row] = CodeLetter.valueOf(tokens[0]);
      if (letters[row].ordinal() != row) {
        throw new IllegalStateException("master table row " + tokens[0] + " out of order");
      }
      sampleSizes[row] = Integer.parseInt(tokens[1]);
      cells[row] = new Cell[Aql.SERIES.size()];
      for (int col = 0; col < cells[row].length; col++) {
        cells[row][col] = Cell.parse(tokens[col + 2]);
      }
    }
  }

  static MasterTable of(Severity severity) {
    return TABLES.get(severity);
  }

  /** The rows' code letters in order, A first. */
  int rows() {
    return letters.length;
  }

  CodeLetter letter(int row) {
    return letters[row];
  }

  int sampleSize(int row) {
    return sampleSizes[row];
  }

  Cell cell(int row, int column) {
    return cells[row][column];
  }

  /**
   * Follows the arrows from a row in one AQL column to the row holding a plan, and returns that
   * row. An arrow that turns back, leads off the table or onto an empty cell is an error of the
   * data, found when the class loads.
   */
  int planRow(int row, int column) {
    int at = row;
    Cell.Kind direction = null;
    while (at >= 0 && at < rows()) {
      Cell.Kind kind = cells[at][column].kind();
      if (kind == Cell.Kind.PLAN) {
        return at;
      }
      if (kind == Cell.Kind.NONE || (direction != null && kind != direction)) {
        throw new IllegalStateException(
            "no plan reachable from " + letters[row] + " at AQL " + Aql.SERIES.get(column));
      }
      direction = kind;
      at += kind == Cell.Kind.DOWN ? 1 : -1;
    }
    throw new IllegalStateException(
        "arrow from "
            + letters[row]
            + " at AQL "
            + Aql.SERIES.get(column)
            + " leads off the table");
  }
}
