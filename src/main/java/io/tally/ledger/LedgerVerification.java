package io.tally.ledger;

import io.tally.ledger.chain.ChainEntry;
import io.tally.ledger.chain.ChainVerifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Recomputes the whole chain and every signed head; names the first entry that does not match. */
@Service
public class LedgerVerification {
  private final LedgerEntries entries;
  private final HeadSigning signing;

  LedgerVerification(LedgerEntries entries, HeadSigning signing) {
    this.entries = entries;
    this.signing = signing;
  }

  public ChainVerifier.Result verify() {
    List<ChainEntry> all = new ArrayList<>();
    entries.forEach(e -> all.add(e.toChain()));
    return ChainVerifier.verify(all.iterator(), signing.heads(), signing.signer());
  }

  /** Signs the current head now (also done every N entries and at shutdown). */
  public void signHead() {
    signing.signHead();
  }

  public String keyId() {
    return signing.signer().keyId();
  }
}
