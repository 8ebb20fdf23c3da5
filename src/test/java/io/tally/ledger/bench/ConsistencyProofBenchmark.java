package io.tally.ledger.bench;

import io.tally.ledger.chain.MerkleProofs;
import io.tally.ledger.chain.MerkleTree;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A witness's question on a ledger of 2 million entries: is the tree of about 1 million a prefix of
 * it? The server builds the RFC 6962 consistency proof from its kept tree, the witness checks it
 * against the two checkpoints' roots. Sample time, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConsistencyProofBenchmark {
  private static final int SIZE = 2_000_000;

  @Param({"1000000", "999983"})
  public int from;

  private MerkleTree tree;
  private byte[] oldRoot;
  private byte[] newRoot;
  private List<byte[]> proof;

  @Setup
  public void twoMillionEntries() {
    tree = MerkleTree.empty();
    for (int i = 0; i < SIZE; i++) {
      tree.append(MerkleTree.leafHash(ByteBuffer.allocate(8).putLong(i * 7919L).array()));
    }
    oldRoot = tree.root(from);
    newRoot = tree.root(SIZE);
    proof = tree.consistencyProof(from, SIZE);
    if (!MerkleProofs.consistent(from, SIZE, oldRoot, newRoot, proof)) {
      throw new IllegalStateException("the proof does not verify");
    }
  }

  /** The server's part and the witness's part together. */
  @Benchmark
  public boolean proveAndCheck() {
    return MerkleProofs.consistent(from, SIZE, oldRoot, newRoot, tree.consistencyProof(from, SIZE));
  }

  /** The witness's part alone. */
  @Benchmark
  public boolean check() {
    return MerkleProofs.consistent(from, SIZE, oldRoot, newRoot, proof);
  }
}
