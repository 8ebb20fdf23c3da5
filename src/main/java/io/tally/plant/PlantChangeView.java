package io.tally.plant;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed plant-file change, its differences from the file it replaces, and its approval; {@code
 * status} is PROPOSED or APPROVED.
 */
public record PlantChangeView(
    long id,
    String file,
    String proposedSha256,
    String currentSha256,
    String proposedBy,
    String resetStreams,
    List<Difference> differences,
    String approvedBy,
    LocalDate effective,
    PlantChangeStatus status) {

  /** One differing field; {@code controlled}: it needs a second person's approval. */
  public record Difference(String path, String oldValue, String newValue, boolean controlled) {}
}
