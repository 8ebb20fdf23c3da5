package io.tally.twin.model;

/**
 * What a line is doing at a moment of the simulated horizon. Every hour of the horizon is in
 * exactly one state; down time outside working time counts as off shift or maintenance.
 */
public enum TimeState {
  PRODUCING,
  CHANGEOVER,
  DOWN,
  OFF_SHIFT,
  MAINTENANCE,
  IDLE;

  static final int COUNT = values().length;

  public String label() {
    return name().toLowerCase().replace('_', '-');
  }

  /** Whether the line is scheduled to work in this state (the base of utilisation). */
  boolean isWorkingTime() {
    return this != OFF_SHIFT && this != MAINTENANCE;
  }
}
