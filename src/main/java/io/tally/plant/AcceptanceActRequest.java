package io.tally.plant;

import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.AcceptanceAct;
import io.tally.plant.model.LineId;
import io.tally.plant.model.StageId;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request to record a signed acceptance act covering one stage or one line. */
@CommandName("act.record")
public record AcceptanceActRequest(
    @Ident String id,
    @Ident String stage,
    @Ident String line,
    @Text String signedBy,
    @Day LocalDate signedOn,
    @Text(max = 2000) String warrantyTerms,
    Integer warrantyMonths,
    @Size(max = 64) String documentSha256)
    implements Command<ActView> {
  @Override
  public Class<ActView> answerType() {
    return ActView.class;
  }

  /** The act, or a refusal naming the first field at fault. */
  AcceptanceAct toAct() {
    require(id, "id");
    if ((stage == null) == (line == null)) {
      throw CommandRejected.invalid("stage", "an act covers exactly one stage or one line");
    }
    require(signedBy, "signedBy");
    if (signedOn == null) {
      throw CommandRejected.invalid("signedOn", "signedOn is required (ISO date)");
    }
    if (warrantyMonths == null || warrantyMonths < 0 || warrantyMonths > 600) {
      throw CommandRejected.invalid("warrantyMonths", "warrantyMonths must be 0 to 600");
    }
    if (documentSha256 == null || !documentSha256.matches("[0-9a-f]{64}")) {
      throw CommandRejected.invalid(
          "documentSha256", "documentSha256 must be the 64 lower-case hex digits of a SHA-256");
    }
    try {
      return new AcceptanceAct(
          id,
          stage == null ? null : new StageId(stage),
          line == null ? null : new LineId(line),
          signedBy,
          signedOn,
          warrantyTerms,
          warrantyMonths,
          documentSha256);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(stage == null ? "line" : "stage", e.getMessage());
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw CommandRejected.invalid(field, field + " is required");
    }
  }
}
