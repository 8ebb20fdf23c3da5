/** The ledger: the append-only, hash-chained record of every fact, with signed heads and replay. */
@NullMarked
package io.tally.ledger;

import org.jspecify.annotations.NullMarked;
