/** Ledger hashing, signing and verification: a pure core (no Spring, no JDBC). */
@org.springframework.modulith.NamedInterface("chain")
package io.tally.ledger.chain;
