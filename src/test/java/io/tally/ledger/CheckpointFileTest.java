package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.HeadSigner;
import io.tally.ledger.chain.NoteSigner;
import io.tally.ledger.chain.SignedNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {
  @TempDir Path dir;

  SignedNote note(NoteSigner signer, long size) {
    String text = new Checkpoint("tally/test", size, new byte[32]).text();
    return new SignedNote(text, List.of(signer.sign(text)));
  }

  @Test
  void notesAppendedAreReadBackInOrderAndTheLastIsTheNewest() {
    NoteSigner signer = HeadSigner.openOrCreate(dir.resolve("keys")).noteSigner("tally/test");
    CheckpointFile file = new CheckpointFile(dir.resolve("cp/checkpoints.log"));
    assertThat(file.read()).isEmpty();
    file.append(note(signer, 5));
    file.append(note(signer, 10));
    List<SignedNote> read = file.read();
    assertThat(read).hasSize(2);
    assertThat(read.get(0).format()).isEqualTo(note(signer, 5).format());
    assertThat(Checkpoint.parse(file.last().orElseThrow().text()).size()).isEqualTo(10);
    assertThat(signer.verifier().verifies(read.get(1))).isTrue();
  }

  @Test
  void aSingleNoteWithoutTheTrailingBlankLineParsesAndATruncatedOneIsRefused() throws Exception {
    NoteSigner signer = HeadSigner.openOrCreate(dir.resolve("keys")).noteSigner("tally/test");
    String one = note(signer, 3).format();
    assertThat(CheckpointFile.parse(one)).hasSize(1);
    Files.writeString(dir.resolve("cut.log"), "tally/test\n3\n");
    assertThatThrownBy(() -> new CheckpointFile(dir.resolve("cut.log")).read())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends inside a note");
  }
}
