package io.tally.plant.model;

import java.util.regex.Pattern;

/**
 * One field that differs between two plant files: its path (list items named by their id, e.g.
 * {@code products[762x39-BALL-SC].quality.classes[major].aql}), the old and the new value ({@code
 * null} when the field is absent on that side).
 */
public record PlantDifference(String path, String oldValue, String newValue) {
  /**
   * The fields that set the rules production is held to: sampling (inspection level, classes and
   * their AQL), lot rules, bills of materials and rates, and the purchased components (approved
   * suppliers, receiving inspection, balance tolerance). A product or line added or removed brings
   * or takes its own, so it is controlled too; so is a whole file ({@code file}) that could not be
   * compared field by field.
   */
  private static final Pattern CONTROLLED =
      Pattern.compile(
          "^products\\[[^\\]]+\\]\\.(quality|lotRule|bom)([.\\[].*)?$"
              + "|^lines\\[[^\\]]+\\]\\.capabilities([.\\[].*)?$"
              + "|^components([.\\[].*)?$"
              + "|^file$");

  /** Whether the change of this field needs a second person's approval. */
  public boolean controlled() {
    return CONTROLLED.matcher(path).matches();
  }

  @Override
  public String toString() {
    return path + ": " + shown(oldValue) + " -> " + shown(newValue);
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value;
  }
}
