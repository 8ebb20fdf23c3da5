package io.tally.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainTest {
  @TempDir Path keys;

  static List<ChainEntry> chain(int n) {
    List<ChainEntry> out = new ArrayList<>();
    String prev = EntryHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      String payload = CanonicalJson.write(Map.of("line", "L1", "good", i * 10));
      ChainEntry draft =
          new ChainEntry(
              i, 1_700_000_000_000L + i, "op", "CountReported", null, payload, prev, null);
      String hash = draft.expectedHash(prev);
      out.add(
          new ChainEntry(i, draft.epochMillis(), "op", "CountReported", null, payload, prev, hash));
      prev = hash;
    }
    return out;
  }

  @Test
  void canonicalJsonSortsKeysAndNormalisesNumbers() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1.50);
    m.put("a", List.of("x\"y", 2L, true));
    m.put("c", null);
    assertThat(CanonicalJson.write(m))
        .isEqualTo("{\"a\":[\"x\\\"y\",2,true],\"b\":1.5,\"c\":null}");
    assertThat(CanonicalJson.write(Map.of("n", 3.0))).isEqualTo("{\"n\":3}");
  }

  @Test
  void anIntactChainVerifies() {
    HeadSigner signer = HeadSigner.openOrCreate(keys);
    List<ChainEntry> entries = chain(20);
    var head = new HeadSigner.SignedHead.Body(10, entries.get(9).hash(), 5L);
    var signed = new HeadSigner.SignedHead(head, signer.keyId(), signer.sign(head));
    var result = ChainVerifier.verify(entries.iterator(), Map.of(10L, signed), signer);
    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(20);
    assertThat(result.headsChecked()).isEqualTo(1);
    assertThat(result.headHash()).isEqualTo(entries.get(19).hash());
  }

  @Test
  void aChangedPayloadIsFoundAtItsEntry() {
    HeadSigner signer = HeadSigner.openOrCreate(keys);
    List<ChainEntry> entries = chain(20);
    ChainEntry e = entries.get(6);
    entries.set(
        6,
        new ChainEntry(
            e.seq(),
            e.epochMillis(),
            e.actor(),
            e.type(),
            null,
            e.payload().replace("70", "700"),
            e.previousHash(),
            e.hash()));
    var result = ChainVerifier.verify(entries.iterator(), Map.of(), signer);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBadSeq()).isEqualTo(7);
    assertThat(result.reason()).contains("content");
  }

  @Test
  void aRemovedEntryIsFound() {
    List<ChainEntry> entries = chain(5);
    entries.remove(2);
    var result = ChainVerifier.verify(entries.iterator(), Map.of(), HeadSigner.openOrCreate(keys));
    assertThat(result.firstBadSeq()).isEqualTo(3);
    assertThat(result.reason()).contains("missing");
  }

  @Test
  void aRewrittenChainFailsAgainstTheSignedHead() {
    HeadSigner signer = HeadSigner.openOrCreate(keys);
    List<ChainEntry> original = chain(5);
    var body = new HeadSigner.SignedHead.Body(5, original.get(4).hash(), 1L);
    var signed = new HeadSigner.SignedHead(body, signer.keyId(), signer.sign(body));
    // An insider rewrites entry 3 and recomputes every hash after it; only the head catches it.
    List<ChainEntry> rewritten = new ArrayList<>(original.subList(0, 2));
    String prev = original.get(1).hash();
    for (int i = 3; i <= 5; i++) {
      String payload = CanonicalJson.write(Map.of("line", "L1", "good", i * 11));
      ChainEntry d = new ChainEntry(i, 1L, "op", "CountReported", null, payload, prev, null);
      String h = d.expectedHash(prev);
      rewritten.add(new ChainEntry(i, 1L, "op", "CountReported", null, payload, prev, h));
      prev = h;
    }
    var result = ChainVerifier.verify(rewritten.iterator(), Map.of(5L, signed), signer);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBadSeq()).isEqualTo(5);
    assertThat(result.reason()).contains("signed head");
  }

  @Test
  void theKeyIsKeptAndReadableByItsOwnerOnly() throws Exception {
    HeadSigner first = HeadSigner.openOrCreate(keys);
    HeadSigner again = HeadSigner.openOrCreate(keys);
    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(Files.getPosixFilePermissions(keys.resolve("ledger-ed25519.key")))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
  }

  @Test
  void ed25519MatchesRfc8032TestOne() throws Exception {
    HexFormat hex = HexFormat.of();
    byte[] raw = hex.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    // X.509 SubjectPublicKeyInfo prefix for an Ed25519 key.
    byte[] spki = new byte[12 + 32];
    System.arraycopy(hex.parseHex("302a300506032b6570032100"), 0, spki, 0, 12);
    System.arraycopy(raw, 0, spki, 12, 32);
    var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    String sig =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    assertThat(HeadSigner.verify(key, new byte[0], sig)).isTrue();
    assertThat(HeadSigner.verify(key, new byte[] {1}, sig)).isFalse();
  }
}
