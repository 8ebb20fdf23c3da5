/** The ledger: the append-only, hash-chained record of every fact, with signed heads and replay. */
package io.tally.ledger;
