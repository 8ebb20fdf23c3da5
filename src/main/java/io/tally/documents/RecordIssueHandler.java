package io.tally.documents;

import io.tally.documents.DocumentEvent.DocumentIssued;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

/** Appends DocumentIssued; the file itself is made before, outside the ledger's write lock. */
@Component
class RecordIssueHandler implements CommandHandler<RecordIssue, IssuedDocument> {
  private final Ledger ledger;

  RecordIssueHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Class<RecordIssue> commandType() {
    return RecordIssue.class;
  }

  @Override
  public IssuedDocument handle(RecordIssue c, Actor actor) {
    LedgerEntry e =
        ledger
            .append(
                actor,
                new DocumentIssued(
                    c.kind(),
                    c.subject(),
                    c.sha256(),
                    c.bytes(),
                    c.basisSeq(),
                    c.treeSize(),
                    c.root()))
            .get(0);
    return new IssuedDocument(
        e.seq(),
        c.kind(),
        c.subject(),
        c.sha256(),
        c.bytes(),
        actor.name(),
        e.time(),
        c.basisSeq(),
        c.treeSize(),
        c.root());
  }
}
