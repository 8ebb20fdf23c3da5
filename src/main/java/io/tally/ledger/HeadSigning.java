package io.tally.ledger;

import io.tally.ledger.chain.HeadSigner;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed heads: one is due every N entries, and {@link Checkpointing} signs it after the append
 * commits and the chain since the last checkpoint verifies (never inside the append, where a head
 * reset behind Tally's back would be signed unseen).
 */
@Component
class HeadSigning {
  private final JdbcClient jdbc;
  private final HeadSigner signer;
  private final int every;

  HeadSigning(JdbcClient jdbc, LedgerProperties props, LedgerKeys keys) {
    this.jdbc = jdbc;
    this.signer = keys.heads();
    this.every = props.signEvery();
  }

  HeadSigner signer() {
    return signer;
  }

  /** Whether this entry completes N, so a signed head and a checkpoint are due. */
  boolean due(long seq) {
    return seq % every == 0;
  }

  private void sign(long seq, String hash, long epochMillis) {
    var body = new HeadSigner.SignedHead.Body(seq, hash, epochMillis);
    jdbc.sql(
            "INSERT INTO ledger_signed_head (seq, hash, epoch_millis, key_id, signature)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(seq, hash, epochMillis, signer.keyId(), signer.sign(body))
        .update();
  }

  /**
   * Signs the head unless it is signed already; the caller holds the lock and checked the chain.
   */
  void signIfUnsigned(Ledger.Head head) {
    boolean signed =
        jdbc.sql("SELECT COUNT(*) FROM ledger_signed_head WHERE seq = ?")
                .param(head.seq())
                .query(Long.class)
                .single()
            > 0;
    if (!signed) {
      sign(head.seq(), head.hash(), System.currentTimeMillis());
    }
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
}
