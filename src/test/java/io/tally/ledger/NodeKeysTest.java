package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.chain.Ed25519Keys;
import io.tally.ledger.chain.HeadSigner;
import io.tally.ledger.chain.NodeKeyRegistrations;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each node signs heads with its own key, registered in the ledger: the node registers its key at
 * start; verify accepts a head signed by another registered node and refuses one signed by a key
 * the ledger never registered, naming it.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class NodeKeysTest {
  @Autowired JdbcClient jdbc;
  @Autowired CommandExecutor commands;
  @Autowired LedgerVerification verification;
  @Autowired LedgerKeys keys;

  static HeadSigner anotherNode() throws Exception {
    return HeadSigner.openOrCreate(Files.createTempDirectory("node-key"));
  }

  void register(HeadSigner node, String name) {
    commands.execute(
        new Actor("node.test"),
        new RegisterNodeKey(
            node.keyId(),
            Base64.getEncoder().encodeToString(Ed25519Keys.raw(node.publicKey())),
            name));
  }

  /** Appends registrations of throwaway keys until the head is one no node has signed yet. */
  long unsignedHead() throws Exception {
    while (true) {
      long seq = jdbc.sql("SELECT seq FROM ledger_head").query(Long.class).single();
      long signed =
          jdbc.sql("SELECT COUNT(*) FROM ledger_signed_head WHERE seq = ?")
              .param(seq)
              .query(Long.class)
              .single();
      if (signed == 0) {
        return seq;
      }
      register(anotherNode(), "filler");
    }
  }

  void signAs(HeadSigner node, long seq) {
    String hash =
        jdbc.sql("SELECT hash FROM ledger_entry WHERE seq = ?")
            .param(seq)
            .query(String.class)
            .single();
    var body = new HeadSigner.SignedHead.Body(seq, hash, System.currentTimeMillis());
    jdbc.sql(
            "INSERT INTO ledger_signed_head (seq, hash, epoch_millis, key_id, signature)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(seq, hash, body.epochMillis(), node.keyId(), node.sign(body))
        .update();
  }

  @Test
  void thisNodeRegisteredItsKeyAtStart() {
    var payloads =
        jdbc.sql("SELECT payload FROM ledger_entry WHERE type = ?")
            .param(NodeKeyRegistrations.TYPE)
            .query(String.class)
            .list();
    assertThat(payloads)
        .anySatisfy(p -> assertThat(p).contains("\"keyId\":\"" + keys.heads().keyId() + "\""));
  }

  @Test
  void headsOfEveryRegisteredNodeVerifyAndAnUnregisteredKeyIsRefused() throws Exception {
    HeadSigner other = anotherNode();
    register(other, "node-b");
    signAs(other, unsignedHead());
    var intact = verification.verify();
    assertThat(intact.reason()).isNull();
    assertThat(intact.intact()).isTrue();

    HeadSigner stranger = anotherNode();
    long seq = unsignedHead();
    signAs(stranger, seq);
    var refused = verification.verify();
    assertThat(refused.intact()).isFalse();
    assertThat(refused.firstBadSeq()).isEqualTo(seq);
    assertThat(refused.reason()).contains(stranger.keyId()).contains("not registered");
  }
}
