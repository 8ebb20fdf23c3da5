package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.Actor;
import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.MerkleProofs;
import io.tally.ledger.chain.NoteVerifier;
import io.tally.ledger.chain.SignedNote;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checkpoints leave the database: published to any role, with proofs, and in the file. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CheckpointApiTest {
  @Autowired MockMvc mvc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired Checkpoints checkpoints;
  @Autowired LedgerVerification verification;

  final JsonMapper json = JsonMapper.builder().build();

  void append(int n) {
    for (int i = 0; i < n; i++) {
      int good = i;
      tx.executeWithoutResult(
          s -> ledger.append(new Actor("op.cp"), "TestCounted", Map.of("good", good)));
    }
    verification.signHead();
  }

  JsonNode getAs(String role, String path) throws Exception {
    String body =
        mvc.perform(get(path).with(user("u").roles(role)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  @Test
  void anyRoleGetsTheNewestCheckpointSignedByThePublishedKey() throws Exception {
    append(3);
    JsonNode c = getAs("OPERATOR", "/api/ledger/checkpoint");
    NoteVerifier key = NoteVerifier.parse(c.get("verifierKey").asString());
    SignedNote note = SignedNote.parse(c.get("note").asString());
    assertThat(key.verifies(note)).isTrue();
    Checkpoint cp = Checkpoint.parse(note.text());
    assertThat(cp.size()).isEqualTo(c.get("treeSize").asLong());
    assertThat(cp.rootBase64()).isEqualTo(c.get("rootHash").asString());
    assertThat(c.get("origin").asString()).isEqualTo(key.name());
  }

  @Test
  void aConsistencyProofLinksAnOlderCheckpointToTheNewest() throws Exception {
    append(2);
    Checkpoint older =
        Checkpoint.parse(SignedNote.parse(checkpoints.latest().orElseThrow().note()).text());
    append(7);
    Checkpoint newer =
        Checkpoint.parse(SignedNote.parse(checkpoints.latest().orElseThrow().note()).text());
    JsonNode body =
        getAs("AUDITOR", "/api/ledger/consistency?from=" + older.size() + "&to=" + newer.size());
    List<byte[]> proof = new java.util.ArrayList<>();
    body.get("proof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asString())));
    assertThat(
            MerkleProofs.consistent(older.size(), newer.size(), older.root(), newer.root(), proof))
        .isTrue();
  }

  @Test
  void everyCheckpointIsAlsoInTheFileOutsideTheDatabase() {
    append(4);
    var latest = checkpoints.latest().orElseThrow();
    List<SignedNote> file = checkpoints.file().read();
    assertThat(file).isNotEmpty();
    assertThat(file.get(file.size() - 1).format()).isEqualTo(latest.note());
    assertThat(verification.verify().checkpointsChecked()).isGreaterThanOrEqualTo(file.size());
  }

  @Test
  void aProofBeyondTheLedgerOrBackwardsIsRefusedNamingTheField() throws Exception {
    append(1);
    mvc.perform(get("/api/ledger/consistency?from=0&to=1").with(user("u").roles("AUDITOR")))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.field").value("from"));
    mvc.perform(get("/api/ledger/consistency?from=1&to=999999999").with(user("u").roles("AUDITOR")))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.field").value("to"));
    mvc.perform(get("/api/ledger/consistency?from=3&to=2").with(user("u").roles("AUDITOR")))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.field").value("to"));
  }
}
