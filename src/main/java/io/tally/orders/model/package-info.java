/** Orders as plain data: the order record and the orders CSV format, a pure core (no Spring). */
@org.springframework.modulith.NamedInterface("model")
package io.tally.orders.model;
