package io.tally.plant;

import io.tally.ledger.chain.EntryHash;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plant files the ledger knows: the one last loaded and the text of each by its SHA-256. */
@Component
class PlantFiles {
  /** The built-in reference plant, known even to a ledger that loaded it before texts were kept. */
  private static final String DEFAULT = PlantService.readDefault();

  private final JdbcClient jdbc;

  PlantFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The SHA-256 of the file the last start loaded; empty on an empty ledger. */
  Optional<String> lastLoaded() {
    return jdbc.sql("SELECT file_sha256 FROM plant_load ORDER BY seq DESC LIMIT 1")
        .query(String.class)
        .optional();
  }

  /**
   * The plant of a file the ledger carries. Empty for a file loaded before the ledger kept texts:
   * such a file cannot be compared field by field.
   */
  Optional<Plant> plant(String sha256) {
    return jdbc.sql("SELECT text FROM plant_file WHERE sha256 = ?")
        .param(sha256)
        .query(String.class)
        .optional()
        .or(
            () ->
                sha256.equals(EntryHash.sha256Hex(DEFAULT))
                    ? Optional.of(DEFAULT)
                    : Optional.empty())
        .map(text -> PlantFileReader.parse("approved " + sha256.substring(0, 12), text));
  }
}
