package io.tally.execution;

/**
 * Where a work order stands: OPEN on its line's dispatch list, IN_PROGRESS while a run makes it,
 * COMPLETED when its runs made its quantity, CANCELLED when it was taken off unstarted. A run that
 * ends short of the quantity puts the order back to OPEN for the rest.
 */
public enum WorkOrderStatus {
  OPEN,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED
}
