package io.tally.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The ledger type name of an {@link Event} record, declared once, here. It is part of every entry's
 * hash: renaming the record keeps it, changing it breaks every ledger already written.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
  String value();
}
