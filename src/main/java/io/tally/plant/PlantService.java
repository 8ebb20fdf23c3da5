package io.tally.plant;

import io.tally.ledger.Actor;
import io.tally.ledger.Ledger;
import io.tally.ledger.chain.EntryHash;
import io.tally.plant.model.Capacity;
import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plant this instance runs: read once at start from the configured file (or the built-in
 * reference plant). When the file differs from the one last loaded, its load is a ledger event,
 * which seeds the states of lines not seen before and the acts the file carries.
 */
@Service
public class PlantService {
  private final Plant plant;
  private final String fileSha256;
  private final String fileName;

  PlantService(PlantProperties props) {
    String text;
    if (props.file() == null) {
      text = readDefault();
      fileName = "reference-plant.yaml";
    } else {
      try {
        text = Files.readString(props.file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read plant file " + props.file(), e);
      }
      fileName = props.file().getFileName().toString();
    }
    this.plant = PlantFileReader.parse(fileName, text);
    this.fileSha256 = EntryHash.sha256Hex(text);
  }

  private static String readDefault() {
    try (var in = PlantFileReader.class.getResourceAsStream(PlantFileReader.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Plant plant() {
    return plant;
  }

  public String fileSha256() {
    return fileSha256;
  }

  /** Records the plant file's load unless this very file was the last one loaded. */
  void recordLoad(Ledger ledger, JdbcClient jdbc, TransactionTemplate tx) {
    tx.executeWithoutResult(
        s -> {
          String last =
              jdbc.sql("SELECT file_sha256 FROM plant_load ORDER BY seq DESC LIMIT 1")
                  .query(String.class)
                  .optional()
                  .orElse(null);
          if (fileSha256.equals(last)) {
            return;
          }
          ledger.append(Actor.SYSTEM, PlantEvents.PLANT_FILE_LOADED, loadPayload());
        });
  }

  private Map<String, Object> loadPayload() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("file", fileName);
    p.put("fileSha256", fileSha256);
    p.put("site", plant.site().id());
    List<Map<String, Object>> lines =
        plant.lines().stream()
            .map(
                (Line l) ->
                    Map.<String, Object>of(
                        "line", l.id().value(),
                        "stage", l.stage().value(),
                        "state", l.state().name()))
            .toList();
    p.put("lines", lines);
    p.put("acts", plant.acceptanceActs().stream().map(PlantEvents::actFields).toList());
    return p;
  }

  /** The nameplate with each line in its live state. */
  public Capacity capacity(Lines lines) {
    return Capacity.of(plant, l -> lines.stateOf(l.id()));
  }
}
