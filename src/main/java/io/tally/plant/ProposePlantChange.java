package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.ledger.chain.EntryHash;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantDiff;
import io.tally.plant.model.PlantDifference;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.PlantFileReader;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Plant-file change control, its first half: one person proposes a file, which another approves
 * ({@link ApprovePlantChange}). The proposal records the file whole, so the approved file can be
 * rebuilt from the ledger, and its differences from the file the plant runs on now.
 */
@Component
class ProposePlantChange implements CommandHandler<PlantChangeRequest, PlantChangeView> {
  static final int TEXT_MAX = 1_000_000;

  private final Ledger ledger;
  private final PlantFiles files;
  private final PlantChangeQueries queries;
  private final PlantService plant;

  ProposePlantChange(
      Ledger ledger, PlantFiles files, PlantChangeQueries queries, PlantService plant) {
    this.ledger = ledger;
    this.files = files;
    this.queries = queries;
    this.plant = plant;
  }

  @Override
  public Class<PlantChangeRequest> commandType() {
    return PlantChangeRequest.class;
  }

  @Override
  public PlantChangeView handle(PlantChangeRequest request, Actor actor) {
    String text = request.text();
    if (text == null || text.isBlank()) {
      throw CommandRejected.invalid("text", "the proposed plant file is empty");
    }
    if (text.length() > TEXT_MAX) {
      throw CommandRejected.invalid("text", "a plant file is at most " + TEXT_MAX + " characters");
    }
    String file =
        request.file() == null || request.file().isBlank() ? "plant.yaml" : request.file();
    if (file.length() > 200) {
      throw CommandRejected.invalid("file", "a file name is at most 200 characters");
    }
    String reset = request.resetStreams();
    if (reset != null && (reset.isBlank() || reset.length() > 2000)) {
      throw CommandRejected.invalid(
          "resetStreams", "the reason to reset inspection streams is 1-2000 characters");
    }
    Plant proposed;
    try {
      proposed = PlantFileReader.parse(file, text);
    } catch (PlantFileException e) {
      throw CommandRejected.invalid("text", e.getMessage());
    }
    String current = files.lastLoaded().orElse(plant.fileSha256());
    String sha = EntryHash.sha256Hex(text);
    if (sha.equals(current)) {
      throw CommandRejected.conflict("text", "this file is the one the plant runs on now");
    }
    List<PlantDifference> differences = differences(current, proposed, sha);
    long id =
        ledger
            .append(
                actor,
                new PlantEvent.PlantChangeProposed(
                    file, sha, current, PlantEvent.Difference.of(differences), reset, text))
            .get(0)
            .seq();
    return queries.one(id);
  }

  /** Field by field when the current file's text is known, else the whole file. */
  private List<PlantDifference> differences(String current, Plant proposed, String sha) {
    return files
        .plant(current)
        .map(old -> PlantDiff.between(old, proposed))
        .orElse(List.of(new PlantDifference("file", current, sha)));
  }
}
