package io.tally.plant.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a line, from planning to retirement, with the moves that are legal. */
public enum LineState {
  PLANNED,
  INSTALLED,
  COMMISSIONING,
  ACCEPTED,
  OPERATING,
  UNDER_MAINTENANCE,
  RETIRED;

  /** The states this one may move to. */
  public Set<LineState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(INSTALLED, RETIRED);
      case INSTALLED -> EnumSet.of(COMMISSIONING, RETIRED);
      case COMMISSIONING -> EnumSet.of(ACCEPTED, INSTALLED, RETIRED);
      case ACCEPTED -> EnumSet.of(OPERATING, UNDER_MAINTENANCE, RETIRED);
      case OPERATING -> EnumSet.of(UNDER_MAINTENANCE, RETIRED);
      case UNDER_MAINTENANCE -> EnumSet.of(OPERATING, RETIRED);
      case RETIRED -> EnumSet.noneOf(LineState.class);
    };
  }

  public boolean canMoveTo(LineState target) {
    return next().contains(target);
  }

  /** Whether a line in this state may be given production work. */
  public boolean takesWork() {
    return this == ACCEPTED || this == OPERATING;
  }

  /** Whether the state means an acceptance act must already cover the line. */
  public boolean needsAcceptance() {
    return this == ACCEPTED || this == OPERATING || this == UNDER_MAINTENANCE;
  }

  public String label() {
    return name().toLowerCase().replace('_', '-');
  }

  /** Parses the plant file's spelling ({@code under-maintenance}) or the enum name. */
  public static LineState parse(String text) {
    String norm = text == null ? "" : text.trim().toUpperCase().replace('-', '_').replace(' ', '_');
    return Arrays.stream(values())
        .filter(s -> s.name().equals(norm))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown line state '"
                        + text
                        + "', expected one of planned, installed, commissioning, accepted,"
                        + " operating, under-maintenance, retired"));
  }
}
