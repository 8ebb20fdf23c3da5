package io.tally.ledger;

/**
 * A fact for the ledger, written as a record owned by exactly one module and annotated with its
 * {@link EventType}. Its components are the payload: each becomes the field of the same name, an
 * identifier record of one value is written as that value, an instant as ISO-8601 text, an enum by
 * its name, any other value as the canonical encoder writes it (see {@link Events}).
 */
public interface Event {}
