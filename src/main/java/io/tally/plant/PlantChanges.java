package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.chain.EntryHash;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantDiff;
import io.tally.plant.model.PlantDifference;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.PlantFileReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Plant-file change control: one person proposes a file, another (ADMIN or QUALITY, never the
 * proposer) approves it from a date. The proposal records the file whole, so the approved file can
 * be rebuilt from the ledger, and its differences from the file the plant runs on now.
 */
@Service
public class PlantChanges {
  static final int TEXT_MAX = 1_000_000;

  private final Commands commands;
  private final Ledger ledger;
  private final PlantFiles files;
  private final PlantChangeQueries queries;
  private final PlantService plant;
  private final Clock clock;

  PlantChanges(
      Commands commands,
      Ledger ledger,
      PlantFiles files,
      PlantChangeQueries queries,
      PlantService plant,
      Clock clock) {
    this.commands = commands;
    this.ledger = ledger;
    this.files = files;
    this.queries = queries;
    this.plant = plant;
    this.clock = clock;
  }

  public PlantChangeView propose(Actor actor, String key, PlantChangeRequest request) {
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
    return commands.run(
        actor,
        key,
        "plant.change.propose",
        request,
        PlantChangeView.class,
        () -> {
          String current = files.lastLoaded().orElse(plant.fileSha256());
          String sha = EntryHash.sha256Hex(text);
          if (sha.equals(current)) {
            throw CommandRejected.conflict("text", "this file is the one the plant runs on now");
          }
          List<PlantDifference> differences = differences(current, proposed, sha);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("file", file);
          p.put("proposedSha256", sha);
          p.put("currentSha256", current);
          p.put("differences", PlantChangeEvents.differences(differences));
          p.put("resetStreams", reset);
          p.put("text", text);
          long id = ledger.append(actor, PlantChangeEvents.PROPOSED, p).seq();
          return queries.one(id);
        });
  }

  /** Field by field when the current file's text is known, else the whole file. */
  private List<PlantDifference> differences(String current, Plant proposed, String sha) {
    return files
        .plant(current)
        .map(old -> PlantDiff.between(old, proposed))
        .orElse(List.of(new PlantDifference("file", current, sha)));
  }

  public PlantChangeView approve(Actor actor, String key, long id, PlantApprovalRequest request) {
    return commands.run(
        actor,
        key,
        "plant.change.approve",
        Map.of("id", id, "request", request),
        PlantChangeView.class,
        () -> {
          PlantChangeView change = queries.one(id);
          if (change.approvedBy() != null) {
            throw CommandRejected.conflict(
                "id", "plant change " + id + " is already approved by " + change.approvedBy());
          }
          if (change.proposedBy().equals(actor.name())) {
            throw CommandRejected.conflict(
                "approvedBy",
                "four eyes: a plant change needs a second person; "
                    + actor.name()
                    + " proposed change "
                    + id
                    + " and may not approve it");
          }
          LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
          LocalDate effective =
              request == null || request.effective() == null ? today : request.effective();
          if (effective.isBefore(today)) {
            throw CommandRejected.invalid(
                "effective", "a change takes effect today or later, not on " + effective);
          }
          ledger.append(
              actor,
              PlantChangeEvents.APPROVED,
              Map.of(
                  "change", id,
                  "proposedSha256", change.proposedSha256(),
                  "effective", effective.toString()));
          return queries.one(id);
        });
  }
}
