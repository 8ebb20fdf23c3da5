package io.tally.ledger;

import io.tally.ledger.chain.HeadSigner;
import io.tally.ledger.chain.NoteSigner;
import org.springframework.stereotype.Component;

/** The ledger's Ed25519 key pair (files outside the database), for heads and checkpoints. */
@Component
class LedgerKeys {
  private final HeadSigner heads;
  private final NoteSigner notes;

  LedgerKeys(LedgerProperties props) {
    this.heads = HeadSigner.openOrCreate(props.keyDir());
    this.notes = heads.noteSigner(props.origin());
  }

  HeadSigner heads() {
    return heads;
  }

  NoteSigner notes() {
    return notes;
  }
}
