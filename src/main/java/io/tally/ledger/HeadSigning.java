package io.tally.ledger;

import io.tally.ledger.chain.HeadSigner;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a signed head every N entries (inside the append's transaction), at start (for entries a
 * previous run left unsigned), every minute while entries are unsigned, and at shutdown. The
 * embedded database may close before the shutdown signing runs; the start-up signing covers that.
 */
@Component
class HeadSigning
    implements org.springframework.beans.factory.DisposableBean,
        org.springframework.boot.ApplicationRunner {
  private final JdbcClient jdbc;
  private final HeadSigner signer;
  private final int every;
  private final TransactionTemplate tx;

  HeadSigning(JdbcClient jdbc, LedgerProperties props, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.signer = HeadSigner.openOrCreate(props.keyDir());
    this.every = props.signEvery();
    this.tx = tx;
  }

  HeadSigner signer() {
    return signer;
  }

  void afterAppend(long seq, String hash, long epochMillis) {
    if (seq % every == 0) {
      sign(seq, hash, epochMillis);
    }
  }

  private void sign(long seq, String hash, long epochMillis) {
    var body = new HeadSigner.SignedHead.Body(seq, hash, epochMillis);
    jdbc.sql(
            "INSERT INTO ledger_signed_head (seq, hash, epoch_millis, key_id, signature)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(seq, hash, epochMillis, signer.keyId(), signer.sign(body))
        .update();
  }

  /** Signs the current head unless it is signed already. */
  void signHead() {
    tx.executeWithoutResult(
        s -> {
          var head =
              jdbc.sql("SELECT seq, hash FROM ledger_head WHERE id = 1 FOR UPDATE")
                  .query((rs, n) -> new Ledger.Head(rs.getLong(1), rs.getString(2)))
                  .single();
          boolean signed =
              jdbc.sql("SELECT COUNT(*) FROM ledger_signed_head WHERE seq = ?")
                      .param(head.seq())
                      .query(Long.class)
                      .single()
                  > 0;
          if (head.seq() > 0 && !signed) {
            sign(head.seq(), head.hash(), System.currentTimeMillis());
          }
        });
  }

  Map<Long, HeadSigner.SignedHead> heads() {
    Map<Long, HeadSigner.SignedHead> out = new TreeMap<>();
    jdbc.sql("SELECT seq, hash, epoch_millis, key_id, signature FROM ledger_signed_head")
        .query(
            (rs, n) ->
                new HeadSigner.SignedHead(
                    new HeadSigner.SignedHead.Body(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                    rs.getString(4),
                    rs.getString(5)))
        .list()
        .forEach(h -> out.put(h.body().seq(), h));
    return out;
  }

  @Override
  public void run(org.springframework.boot.ApplicationArguments args) {
    signHead();
  }

  @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  void signPeriodically() {
    signHead();
  }

  @Override
  public void destroy() {
    try {
      signHead();
    } catch (RuntimeException e) {
      // The database may already be closed at shutdown; the next start signs the head instead.
      org.slf4j.LoggerFactory.getLogger(HeadSigning.class)
          .warn("could not sign the ledger head at shutdown: {}", e.getMessage());
    }
  }
}
