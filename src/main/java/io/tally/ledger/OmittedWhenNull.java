package io.tally.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event component added after entries of its type were written: left out of the payload while
 * null, so that every entry written before it existed still encodes to the bytes it was hashed
 * with, and read back as null from an entry that does not have it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OmittedWhenNull {}
