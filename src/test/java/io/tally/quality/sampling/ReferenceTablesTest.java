package io.tally.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every cell of the tables held in code is compared with the reference file, parsed at test time:
 * Table I, the sample sizes per letter and the three master tables.
 */
class ReferenceTablesTest {
  private static final String TABLE_I = "### 1.1";
  private static final String SAMPLE_SIZES = "### 1.2";
  private static final String EXAMPLES = "### Resolved examples";

  private static ReferenceFile reference;

  @BeforeAll
  static void readReferenceFile() {
    reference = ReferenceFile.load();
  }

  @Test
  void tableOneHasTheReferenceBandsAndLettersForAllSevenLevels() {
    List<String> header = reference.headerAfter(TABLE_I);
    List<List<String>> rows = reference.tableAfter(TABLE_I);
    long[] uppers = CodeLetters.bandUpperBounds();
    assertThat(rows).hasSize(uppers.length);
    int checked = 0;
    long previousUpper = CodeLetters.SMALLEST_LOT - 1;
    for (int band = 0; band < rows.size(); band++) {
      List<String> row = rows.get(band);
      long[] ends = ReferenceFile.band(row.get(0));
      assertThat(ends[0])
          .as("band %s starts after the one before", row.get(0))
          .isEqualTo(previousUpper + 1);
      assertThat(uppers[band]).as("largest lot of band %s", row.get(0)).isEqualTo(ends[1]);
      previousUpper = ends[1];
      checked++;
      for (int col = 1; col < header.size(); col++) {
        InspectionLevel level = InspectionLevel.parse(header.get(col));
        CodeLetter expected = CodeLetter.parse(row.get(col));
        assertThat(CodeLetters.of(ends[0], level))
            .as("lot %d level %s", ends[0], level)
            .isEqualTo(expected);
        assertThat(CodeLetters.of(ends[1], level))
            .as("lot %d level %s", ends[1], level)
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).as("Table I cells checked").isEqualTo(15 * 8);
    report("Table I", checked);
  }

  @Test
  void sampleSizesPerLetterMatchTheReference() {
    List<String> header = reference.headerAfter(SAMPLE_SIZES);
    List<List<String>> rows = reference.tableAfter(SAMPLE_SIZES);
    assertThat(rows).hasSize(2);
    int checked = 0;
    for (List<String> row : rows) {
      List<Severity> severities =
          row.get(0).startsWith("Reduced")
              ? List.of(Severity.REDUCED)
              : List.of(Severity.NORMAL, Severity.TIGHTENED);
      for (int col = 1; col < header.size(); col++) {
        CodeLetter letter = CodeLetter.parse(header.get(col));
        for (Severity severity : severities) {
          assertThat(MasterTable.of(severity).sampleSize(letter.ordinal()))
              .as("%s sample size of %s", severity, letter)
              .isEqualTo((int) ReferenceFile.number(row.get(col)));
        }
        checked++;
      }
    }
    assertThat(checked).as("sample-size cells checked").isEqualTo(2 * 16);
    report("Sample sizes", checked);
  }

  @Test
  void masterTablesMatchTheReferenceCellByCell() {
    int checked =
        compareMasterTable("**Normal inspection", Severity.NORMAL)
            + compareMasterTable("**Tightened inspection", Severity.TIGHTENED)
            + compareMasterTable("**Reduced inspection", Severity.REDUCED);
    // 16 + 17 + 16 rows of a letter, a sample size and 16 AQL columns.
    assertThat(checked).as("master-table cells checked").isEqualTo(49 * 18);
    report("Master tables II-A, II-B, II-C", checked);
  }

  @Test
  void resolvedExamplesOfTheReferenceFileAllResolve() {
    List<List<String>> rows = reference.tableAfter(EXAMPLES);
    assertThat(rows).hasSize(9);
    for (List<String> row : rows) {
      long lotSize = ReferenceFile.number(row.get(1));
      SamplingPlan plan =
          SamplingPlans.plan(
              lotSize,
              InspectionLevel.parse(row.get(2)),
              Aql.parse(row.get(3)),
              Severity.parse(row.get(0)));
      int n = Integer.parseInt(row.get(6));
      assertThat(plan)
          .as("example %s", row)
          .isEqualTo(
              new SamplingPlan(
                  CodeLetter.parse(row.get(4)),
                  CodeLetter.parse(row.get(5)),
                  n,
                  Integer.parseInt(row.get(7)),
                  Integer.parseInt(row.get(8)),
                  n >= lotSize));
      assertThat(plan.fullInspection()).isEqualTo(row.get(9).contains("100 %"));
    }
  }

  private int compareMasterTable(String marker, Severity severity) {
    MasterTable table = MasterTable.of(severity);
    List<String> header = reference.headerAfter(marker);
    List<List<String>> rows = reference.tableAfter(marker);
    assertThat(header.subList(2, header.size()))
        .as("%s AQL columns", severity)
        .containsExactlyElementsOf(Aql.all().stream().map(Aql::toString).toList());
    assertThat(table.rows()).as("%s rows", severity).isEqualTo(rows.size());
    int checked = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      assertThat(table.letter(r).name()).as("%s row %d", severity, r).isEqualTo(row.get(0));
      assertThat(table.sampleSize(r))
          .as("%s n of %s", severity, row.get(0))
          .isEqualTo(Integer.parseInt(row.get(1)));
      checked += 2;
      for (int col = 2; col < row.size(); col++) {
        assertThat(table.cell(r, col - 2).toString())
            .as("%s %s at AQL %s", severity, row.get(0), header.get(col))
            .isEqualTo(row.get(col));
        checked++;
      }
    }
    return checked;
  }

  private static void report(String table, int cells) {
    System.out.printf(
        "reference check: %s, %d cells match %s%n", table, cells, ReferenceFile.RESOURCE);
  }
}
