package io.tally.plant;

import io.tally.plant.model.AcceptanceAct;
import java.time.LocalDate;

/** An acceptance act as recorded, with the ledger entry that recorded it. */
public record ActView(
    String id,
    String stage,
    String line,
    String signedBy,
    LocalDate signedOn,
    String warrantyTerms,
    int warrantyMonths,
    LocalDate warrantyEnds,
    String documentSha256,
    long ledgerSeq) {

  static ActView of(AcceptanceAct a, long seq) {
    return new ActView(
        a.id(),
        a.stage() == null ? null : a.stage().value(),
        a.line() == null ? null : a.line().value(),
        a.signedBy(),
        a.signedOn(),
        a.warrantyTerms(),
        a.warrantyMonths(),
        a.warrantyEnds(),
        a.documentSha256(),
        seq);
  }
}
