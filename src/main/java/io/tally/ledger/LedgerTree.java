package io.tally.ledger;

import io.tally.ledger.chain.MerkleTree;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RFC 6962 tree over the committed entries' hashes, kept in memory and caught up from the
 * database before each use (only entries it has not seen are read). When the database no longer
 * holds the leaf the tree ends with (the ledger was cut or rewritten behind Tally's back), it is
 * rebuilt from the database, so it never vouches for rows that are gone.
 */
@Component
class LedgerTree {
  private static final HexFormat HEX = HexFormat.of();
  private static final int PAGE = 10_000;

  private final JdbcClient jdbc;
  private MerkleTree tree = MerkleTree.empty();

  LedgerTree(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The root of the first {@code n} entries, or empty when the database holds fewer. */
  synchronized java.util.Optional<byte[]> root(long n) {
    catchUp();
    return n <= tree.size()
        ? java.util.Optional.of(tree.root((int) n))
        : java.util.Optional.empty();
  }

  synchronized long size() {
    catchUp();
    return tree.size();
  }

  /** The consistency proof between two sizes, both at most {@link #size()}. */
  synchronized List<byte[]> consistency(long from, long to) {
    catchUp();
    return tree.consistencyProof((int) from, (int) to);
  }

  private void catchUp() {
    if (tree.size() > 0 && !stillThere(tree.size())) {
      tree = MerkleTree.empty();
    }
    while (true) {
      List<Leaf> page =
          jdbc.sql("SELECT seq, hash FROM ledger_entry WHERE seq > ? ORDER BY seq LIMIT ?")
              .params(tree.size(), PAGE)
              .query((rs, n) -> new Leaf(rs.getLong(1), rs.getString(2)))
              .list();
      for (Leaf l : page) {
        if (l.seq() != tree.size() + 1) {
          return;
        }
        tree.append(l.leafHash());
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  private boolean stillThere(int seq) {
    return jdbc.sql("SELECT hash FROM ledger_entry WHERE seq = ?")
        .param(seq)
        .query(String.class)
        .optional()
        .map(h -> Arrays.equals(new Leaf(seq, h).leafHash(), tree.leafHash(seq - 1)))
        .orElse(false);
  }

  private record Leaf(long seq, String hash) {
    byte[] leafHash() {
      return MerkleTree.leafHash(HEX.parseHex(hash.trim()));
    }
  }
}
