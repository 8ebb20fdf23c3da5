package io.tally.plant;

import io.tally.plant.model.PlantDiff;
import io.tally.plant.model.PlantDifference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides at start whether the configured plant file may be loaded. The first file of a ledger is
 * the baseline; after it a file loads when a change approving it is in force, or when it differs
 * from the last loaded file only in free fields (names and other fields outside sampling, lot
 * rules, bills of materials and rates). Anything else is refused with every difference named.
 */
@Component
class PlantApproval {
  private final PlantService plant;
  private final PlantFiles files;
  private final PlantChangeQueries changes;
  private final Clock clock;

  PlantApproval(PlantService plant, PlantFiles files, PlantChangeQueries changes, Clock clock) {
    this.plant = plant;
    this.files = files;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * What the load event records of its approval; {@code last} is the SHA-256 of the file loaded
   * before, null on an empty ledger.
   */
  Approval check(String last) {
    if (last == null) {
      return new Approval("baseline", null, null, null);
    }
    var approved = changes.approvedFor(plant.fileSha256());
    if (approved.isPresent()) {
      PlantChangeView change = approved.get();
      LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
      if (change.effective().isAfter(today)) {
        throw new UnapprovedPlantFile(
            plant.fileName(),
            "plant change "
                + change.id()
                + " approving this file takes effect on "
                + change.effective()
                + ", not before",
            List.of());
      }
      return new Approval(
          "approved", change.id(), new PlantEvent.Reset(change.resetStreams()), null);
    }
    var old = files.plant(last);
    if (old.isEmpty()) {
      throw new UnapprovedPlantFile(
          plant.fileName(),
          "the plant file differs from the approved file (SHA-256 "
              + last
              + "), whose text the"
              + " ledger does not hold; propose it with 'tally plant propose FILE --as USER' and"
              + " have another ADMIN or QUALITY user approve it",
          List.of());
    }
    List<PlantDifference> differences = PlantDiff.between(old.get(), plant.plant());
    if (differences.stream().anyMatch(PlantDifference::controlled)) {
      throw new UnapprovedPlantFile(
          plant.fileName(),
          "the plant file changes sampling, lot rules, bills of materials or rates of the approved"
              + " file (SHA-256 "
              + last
              + ") without an approved change; propose it with 'tally"
              + " plant propose FILE --as USER' and have another ADMIN or QUALITY user approve it",
          differences);
    }
    return new Approval("free", null, null, PlantEvent.Difference.of(differences));
  }

  /** What a load event records of its approval: how, by which change, and what changed. */
  record Approval(
      String approval,
      @Nullable Long change,
      PlantEvent.@Nullable Reset resetStreams,
      @Nullable List<PlantEvent.Difference> differences) {}
}
