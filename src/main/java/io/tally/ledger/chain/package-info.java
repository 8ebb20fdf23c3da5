/** Ledger hashing, signing and verification: a pure core (no Spring, no JDBC). */
@org.springframework.modulith.NamedInterface("chain")
@NullMarked
package io.tally.ledger.chain;

import org.jspecify.annotations.NullMarked;
