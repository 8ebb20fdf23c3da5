package io.tally.quality.sampling;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The inspection level of Table I: four special levels and the three general ones. */
public enum InspectionLevel {
  S_1("S-1"),
  S_2("S-2"),
  S_3("S-3"),
  S_4("S-4"),
  I("I"),
  II("II"),
  III("III");

  private final String label;

  InspectionLevel(String label) {
    this.label = label;
  }

  /** The level as the standard writes it, for example {@code S-3} or {@code II}. */
  public String label() {
    return label;
  }

  /** Reads a level as the standard writes it; case and the hyphen of S-1..S-4 do not matter. */
  public static InspectionLevel parse(String text) {
    String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace("-", "");
    for (InspectionLevel level : values()) {
      if (level.label.replace("-", "").equals(wanted)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "inspection level '"
            + text
            + "' is unknown; use one of "
            + Arrays.stream(values())
                .map(InspectionLevel::label)
                .collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label;
  }
}
