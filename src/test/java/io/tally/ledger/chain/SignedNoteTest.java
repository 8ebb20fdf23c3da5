package io.tally.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C2SP signed-note, tlog-checkpoint and tlog-cosignature, as their specs lay out the bytes. */
class SignedNoteTest {
  @TempDir Path dir;

  @Test
  void aCheckpointIsOriginSizeAndBase64RootEachOnALine() {
    byte[] root = new byte[32];
    root[0] = 1;
    Checkpoint c = new Checkpoint("tally.example/ledger", 1200, root);
    assertThat(c.text())
        .isEqualTo(
            "tally.example/ledger\n1200\n" + Base64.getEncoder().encodeToString(root) + "\n");
    assertThat(Checkpoint.parse(c.text()).sameAs(c)).isTrue();
  }

  @Test
  void theKeyIdIsTheFirstFourBytesOfSha256OfNameNewlineTypeAndKey() {
    NoteSigner signer = HeadSigner.openOrCreate(dir).noteSigner("tally.example/ledger");
    NoteVerifier v = signer.verifier();
    byte[] name = "tally.example/ledger\n".getBytes(StandardCharsets.UTF_8);
    byte[] in = Arrays.copyOf(name, name.length + 33);
    in[name.length] = 0x01;
    System.arraycopy(v.publicKey(), 0, in, name.length + 1, 32);
    assertThat(v.keyId()).isEqualTo(Arrays.copyOf(EntryHash.sha256(in), 4));
    assertThat(NoteVerifier.parse(v.toString()).toString()).isEqualTo(v.toString());
  }

  @Test
  void aSignedNoteIsTextBlankLineAndEmDashSignatureLines() {
    NoteSigner signer = HeadSigner.openOrCreate(dir).noteSigner("tally.example/ledger");
    String text = new Checkpoint("tally.example/ledger", 3, new byte[32]).text();
    SignedNote note = new SignedNote(text, java.util.List.of(signer.sign(text)));
    String wire = note.format();
    assertThat(wire).startsWith(text + "\n\u2014 tally.example/ledger ").endsWith("\n");
    byte[] sig = Base64.getDecoder().decode(wire.substring(wire.lastIndexOf(' ') + 1).trim());
    assertThat(sig).hasSize(68);
    assertThat(Arrays.copyOf(sig, 4)).isEqualTo(signer.verifier().keyId());
    assertThat(signer.verifier().verifies(SignedNote.parse(wire))).isTrue();
    String forged = wire.replaceFirst("\n3\n", "\n4\n");
    assertThat(signer.verifier().verifies(SignedNote.parse(forged))).isFalse();
  }

  @Test
  void aCosignatureCarriesItsTimeAndVerifiesOnlyForItsText() {
    KeyPair pair = Ed25519Keys.openOrCreate(dir, "witness");
    NoteSigner witness = NoteSigner.cosigner("auditor.example/witness", pair);
    String text = new Checkpoint("tally.example/ledger", 9, new byte[32]).text();
    SignedNote.Line line = witness.cosign(text, 1_790_000_000L);
    assertThat(line.keyIdAndSignature()).hasSize(76);
    SignedNote note = new SignedNote(text, java.util.List.of(line));
    assertThat(witness.verifier().verifies(SignedNote.parse(note.format()))).isTrue();
    assertThat(
            witness.verifier().verifies(new SignedNote(text.replace("9", "8"), note.signatures())))
        .isFalse();
  }

  @Test
  void malformedNotesAreRefused() {
    assertThatThrownBy(() -> SignedNote.parse("no signatures\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.parse("a\n\n-- x AAAA\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Checkpoint.parse("o\nten\nAAAA\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
