package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.ledger.chain.EntryHash;
import io.tally.plant.model.Capacity;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  private final String text;

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
    this.text = text;
    this.plant = PlantFileReader.parse(fileName, text);
    this.fileSha256 = EntryHash.sha256Hex(text);
  }

  static String readDefault() {
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

  String fileName() {
    return fileName;
  }

  /**
   * Records the plant file's load unless this very file was the last one loaded; {@code approval}
   * is given the last file's SHA-256 (null on an empty ledger) and answers what the load event
   * records of the change, or refuses the file.
   */
  void recordLoad(
      Ledger ledger,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Function<String, PlantApproval.Approval> approval) {
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
          ledger.append(Actor.SYSTEM, loaded(approval.apply(last)));
        });
  }

  private PlantEvent.PlantFileLoaded loaded(PlantApproval.Approval approval) {
    return new PlantEvent.PlantFileLoaded(
        fileName,
        fileSha256,
        plant.site().id(),
        plant.lines().stream()
            .map(l -> new PlantEvent.LoadedLine(l.id().value(), l.stage().value(), l.state()))
            .toList(),
        plant.acceptanceActs().stream().map(PlantEvent.Act::of).toList(),
        // The text lets the next file be compared with this one; the schemes let quality carry
        // each inspection stream's severity to the stream of a new scheme.
        text,
        sampling(),
        approval.approval(),
        approval.change(),
        approval.resetStreams(),
        approval.differences());
  }

  private List<PlantEvent.SamplingScheme> sampling() {
    List<PlantEvent.SamplingScheme> out = new ArrayList<>();
    for (Product product : plant.products()) {
      for (Product.NonconformityClass c : product.quality().classes()) {
        out.add(
            new PlantEvent.SamplingScheme(
                product.code().value(),
                product.quality().inspectionLevel(),
                c.name(),
                BigDecimal.valueOf(c.aql()).toPlainString()));
      }
    }
    return out;
  }

  /** The nameplate with each line in its live state. */
  public Capacity capacity(Lines lines) {
    return Capacity.of(plant, l -> lines.stateOf(l.id()));
  }
}
