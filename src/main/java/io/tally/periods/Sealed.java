package io.tally.periods;

import io.tally.ledger.Events;
import io.tally.ledger.chain.CanonicalJson;
import io.tally.periods.PeriodEvent.PeriodClosed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

/**
 * What a close's SHA-256 covers: the PeriodClosed payload without {@code sha256}, {@code
 * checkpointSize} and {@code checkpointRoot}, in the ledger's canonical JSON (keys sorted), so
 * anyone holding the entry can recompute it.
 */
record Sealed(
    YearMonth period,
    String zone,
    Instant from,
    Instant to,
    long lastSeq,
    List<PeriodStatement.Line> products,
    List<PeriodStatement.Line> components,
    List<PeriodStatement.Line> stores,
    List<PeriodStatement.AuthorisationLine> authorisations) {

  static Sealed of(YearMonth month, PeriodClosed c) {
    return new Sealed(
        month,
        c.zone(),
        c.from(),
        c.to(),
        c.lastSeq(),
        c.products(),
        c.components(),
        c.stores(),
        c.authorisations());
  }

  static Sealed of(PeriodStatement s) {
    return new Sealed(
        s.period(),
        s.zone(),
        s.from(),
        s.to(),
        s.lastSeq(),
        s.products(),
        s.components(),
        s.stores(),
        s.authorisations());
  }

  String sha256() {
    try {
      byte[] json = CanonicalJson.write(Events.fields(this)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has SHA-256", e);
    }
  }
}
