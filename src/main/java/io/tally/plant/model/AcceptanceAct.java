package io.tally.plant.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed act accepting a whole stage or one line into operation, with its warranty and the
 * SHA-256 of the scanned document. Exactly one of stage and line is set.
 */
public record AcceptanceAct(
    String id,
    StageId stage,
    LineId line,
    String signedBy,
    LocalDate signedOn,
    String warrantyTerms,
    int warrantyMonths,
    String documentSha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public AcceptanceAct {
    Ids.require(id, "act id");
    if ((stage == null) == (line == null)) {
      throw new IllegalArgumentException("an act covers exactly one stage or one line");
    }
    if (signedBy == null || signedBy.isBlank()) {
      throw new IllegalArgumentException("signedBy is required");
    }
    Objects.requireNonNull(signedOn, "signedOn");
    warrantyTerms = warrantyTerms == null ? "" : warrantyTerms;
    if (warrantyMonths < 0) {
      throw new IllegalArgumentException("warranty months must not be negative");
    }
    if (documentSha256 == null || !SHA256.matcher(documentSha256).matches()) {
      throw new IllegalArgumentException("documentSha256 must be 64 lower-case hex digits");
    }
  }

  public boolean covers(Line l) {
    return l.id().equals(line) || l.stage().equals(stage);
  }

  public LocalDate warrantyEnds() {
    return signedOn.plusMonths(warrantyMonths);
  }
}
