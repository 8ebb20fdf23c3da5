package io.tally.ledger;

import java.util.List;

/**
 * A read model built from the ledger. The ledger calls every projection for every entry it appends,
 * in the same transaction; replay calls it for every entry from the first. A projection ignores the
 * types it does not know.
 */
public interface Projection {
  /** The tables this projection owns, in the order they can be emptied (children first). */
  List<String> tables();

  void apply(LedgerEntry entry);
}
