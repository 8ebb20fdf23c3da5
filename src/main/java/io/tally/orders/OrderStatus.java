package io.tally.orders;

/**
 * Where a customer order stands: OPEN until the shipments linked to it reach its quantity
 * (FULFILLED) or a planner closes it (CLOSED).
 */
public enum OrderStatus {
  OPEN,
  FULFILLED,
  CLOSED
}
