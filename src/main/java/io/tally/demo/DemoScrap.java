package io.tally.demo;

import io.tally.kernel.CommandExecutor;
import io.tally.traceability.ScrapQueries;
import io.tally.traceability.ScrapRequests;
import io.tally.traceability.ScrapRequests.LotQuantity;
import io.tally.traceability.ScrapRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The demo's scrap custody: about once a month (every {@value #EVERY} working days, twelve times in
 * a demo year) the warehouse moves all that the reject store holds to the scrap cage and records
 * its destruction, witnessed by a second quality engineer and the auditor.
 */
final class DemoScrap {
  static final int EVERY = 21;
  private static final String CAGE = "SCRAP-CAGE";
  private static final int PER_REQUEST = 500;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  /** The command path and the scrap read model, injected once. */
  @Component
  record Commands(CommandExecutor commands, ScrapQueries queries) {}

  private final Commands c;
  private final DemoUsers users;
  private long destructions;

  DemoScrap(Commands commands, DemoUsers users) {
    this.c = commands;
    this.users = users;
  }

  /** On every {@value #EVERY}th working day, the month's rejects are destroyed. */
  void monthly(LocalDate day, int workingDay) {
    if (workingDay % EVERY == EVERY - 1) {
      destroy(day);
    }
  }

  long destructions() {
    return destructions;
  }

  private void destroy(LocalDate day) {
    Map<String, Long> store = byLot(c.queries().inState("REJECT_STORE", 100_000));
    var warehouse = users.actor(DemoUsers.WAREHOUSE);
    for (List<LotQuantity> part : parts(store)) {
      c.commands().execute(warehouse, new ScrapRequests.ToDestruction(CAGE, part));
    }
    Map<String, Long> awaiting = byLot(c.queries().inState("AWAITING_DESTRUCTION", 100_000));
    if (awaiting.isEmpty()) {
      return;
    }
    List<List<LotQuantity>> parts = parts(awaiting);
    for (int i = 0; i < parts.size(); i++) {
      String act = "DA-" + DAY.format(day) + (parts.size() > 1 ? "-" + (i + 1) : "");
      c.commands()
          .execute(
              warehouse,
              new ScrapRequests.Destroy(
                  act,
                  day,
                  "burning ground, plant perimeter",
                  "incineration in the burning pit, residue to metal recovery",
                  List.of(
                      users.actor(DemoUsers.QUALITY_2).name(),
                      users.actor(DemoUsers.AUDITOR).name()),
                  sha256("destruction act " + act),
                  parts.get(i)));
    }
    destructions++;
  }

  private static Map<String, Long> byLot(List<ScrapRow> rows) {
    Map<String, Long> out = new TreeMap<>();
    rows.stream()
        .filter(r -> r.quantity() > 0)
        .forEach(r -> out.merge(r.lot(), r.quantity(), Long::sum));
    return out;
  }

  private static List<List<LotQuantity>> parts(Map<String, Long> lots) {
    List<List<LotQuantity>> out = new ArrayList<>();
    List<LotQuantity> part = new ArrayList<>();
    for (var e : lots.entrySet()) {
      part.add(new LotQuantity(e.getKey(), e.getValue()));
      if (part.size() == PER_REQUEST) {
        out.add(part);
        part = new ArrayList<>();
      }
    }
    if (!part.isEmpty()) {
      out.add(part);
    }
    return out;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
