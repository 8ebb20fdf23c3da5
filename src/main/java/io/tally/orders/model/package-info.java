/** Orders as plain data: the order record and the orders CSV format, a pure core (no Spring). */
@org.springframework.modulith.NamedInterface("model")
@NullMarked
package io.tally.orders.model;

import org.jspecify.annotations.NullMarked;
