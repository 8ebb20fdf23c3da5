package io.tally.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleProofsTest {
  static MerkleTree tree(int n) {
    MerkleTree t = MerkleTree.empty();
    for (int i = 0; i < n; i++) {
      t.append(MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return t;
  }

  @Test
  void everyConsistencyProofTheTreeGivesVerifies() {
    MerkleTree t = tree(40);
    for (int n = 1; n <= 40; n++) {
      for (int m = 1; m <= n; m++) {
        assertThat(MerkleProofs.consistent(m, n, t.root(m), t.root(n), t.consistencyProof(m, n)))
            .as("%d to %d", m, n)
            .isTrue();
      }
    }
  }

  @Test
  void aRewrittenPrefixFailsConsistency() {
    MerkleTree honest = tree(37);
    MerkleTree forked = MerkleTree.empty();
    for (int i = 0; i < 37; i++) {
      forked.append(MerkleTree.leafHash(("leaf " + (i == 5 ? "x" : i)).getBytes()));
    }
    for (int m = 6; m < 37; m++) {
      assertThat(
              MerkleProofs.consistent(
                  m, 37, honest.root(m), forked.root(37), forked.consistencyProof(m, 37)))
          .as("from %d", m)
          .isFalse();
    }
  }

  @Test
  void aProofWithAHashChangedFails() {
    MerkleTree t = tree(21);
    List<byte[]> proof = new ArrayList<>(t.consistencyProof(13, 21));
    byte[] bad = proof.get(1).clone();
    bad[0] ^= 1;
    proof.set(1, bad);
    assertThat(MerkleProofs.consistent(13, 21, t.root(13), t.root(21), proof)).isFalse();
    assertThat(MerkleProofs.consistent(21, 13, t.root(21), t.root(13), List.of())).isFalse();
  }

  @Test
  void streamedRootsEqualTheTreesRoots() {
    MerkleTree t = tree(70);
    MerkleProofs.Roots roots = new MerkleProofs.Roots();
    assertThat(roots.root()).isEqualTo(t.root(0));
    for (int i = 0; i < 70; i++) {
      roots.add(MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
      assertThat(roots.root()).as("size %d", i + 1).isEqualTo(t.root(i + 1));
    }
  }
}
