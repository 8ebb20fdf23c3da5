package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.ledger.Ledger;
import io.tally.ledger.chain.MerkleTree;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality's pages: the queue with each class's plan, and the release certificate naming the lot,
 * its decisions and the ledger entry that released it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QualityPagesTest {
  private static final HexFormat HEX = HexFormat.of();
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired QualityLots lots;
  @Autowired Certificates certificates;
  @Autowired io.tally.ledger.Checkpoints checkpoints;

  @Test
  void aReleasedLotsCertificateShowsItsDecisionsAndTheReleasingEntry() throws Exception {
    new ExecutionFixture(ledger, tx).closedLot("RCP27J091-001", BALL, "C1", 3000, 9);
    QualityApi api = new QualityApi(mvc, jdbc);
    api.inspect("RCP27J091-001", "critical", 200, 0, "major", 125, 1, "minor", 125, 2);
    LotView lot = lots.find("RCP27J091-001").orElseThrow();
    assertThat(lot.status()).isEqualTo(LotStatus.RELEASED);
    long releasedSeq =
        jdbc.sql("SELECT seq FROM ledger_entry WHERE type = 'LotReleased' AND payload LIKE ?")
            .param("%RCP27J091-001%")
            .query(Long.class)
            .single();
    assertThat(lot.releasedSeq()).isEqualTo(releasedSeq);

    api.get("/quality/lots/RCP27J091-001/certificate", "aud1", "AUDITOR")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cartridge 7.62x39")))
        .andExpect(content().string(containsString("<td>C1</td>")))
        .andExpect(content().string(containsString(">2800</span> units")))
        .andExpect(content().string(containsString("Z1.4-2003 single sampling")))
        .andExpect(content().string(containsString(">" + releasedSeq + "</td>")))
        .andExpect(content().string(containsString(lot.releasedHash())))
        .andExpect(content().string(containsString("<td>qa1</td>")));

    var checkpoint = checkpoints.latest().orElseThrow();
    assertThat(checkpoint.treeSize()).isGreaterThanOrEqualTo(releasedSeq);
    api.get("/quality/lots/RCP27J091-001/certificate", "aud1", "AUDITOR")
        .andExpect(
            content()
                .string(
                    containsString(
                        "class=\"checkpoint-size\">" + checkpoint.treeSize() + "</span>")))
        .andExpect(content().string(containsString(checkpoint.rootHash())));
  }

  @Test
  void theQueuePageShowsEachClasssPlanForQualityUsersOnly() throws Exception {
    new ExecutionFixture(ledger, tx).closedLot("RCP27J093-001", BALL, "C3", 3000, 0);
    QualityApi api = new QualityApi(mvc, jdbc);
    api.inspect("RCP27J093-001", "major", 125, 1);
    api.get("/quality", "qa1", "QUALITY")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("RCP27J093-001")))
        .andExpect(content().string(containsString("critical (AQL 0.065)")))
        .andExpect(content().string(containsString("<td>K / L</td>")))
        .andExpect(content().string(containsString("<td>0/1</td>")))
        .andExpect(content().string(containsString("ACCEPT (d=1, qa1)")));
    api.get("/quality", "op1", "OPERATOR").andExpect(status().isForbidden());
  }

  @Test
  void theInclusionProofLeadsFromTheReleasingEntryToTheRoot() throws Exception {
    new ExecutionFixture(ledger, tx).closedLot("RCP27J092-001", BALL, "C2", 3000, 0);
    new QualityApi(mvc, jdbc)
        .inspect("RCP27J092-001", "critical", 200, 0, "major", 125, 0, "minor", 125, 0);
    new ExecutionFixture(ledger, tx).openLot("RCP27J092-002", BALL, "C2");
    LotView lot = lots.find("RCP27J092-001").orElseThrow();

    InclusionProof proof = certificates.proof(lot.releasedSeq());
    assertThat(proof.leafIndex()).isEqualTo(lot.releasedSeq() - 1);
    assertThat(proof.treeSize()).isGreaterThan(lot.releasedSeq());
    byte[] leaf = HEX.parseHex(lot.releasedHash());
    assertThat(verifies(leaf, proof)).isTrue();
    String hash = lot.releasedHash();
    byte[] tampered = HEX.parseHex(flip(hash.charAt(0)) + hash.substring(1));
    assertThat(verifies(tampered, proof)).isFalse();
  }

  private static char flip(char c) {
    return c == '0' ? '1' : '0';
  }

  /** RFC 9162 section 2.1.3.2, written apart from the tree that made the proof. */
  private static boolean verifies(byte[] entryHash, InclusionProof proof) throws Exception {
    long fn = proof.leafIndex();
    long sn = proof.treeSize() - 1;
    byte[] r = MerkleTree.leafHash(entryHash);
    for (String hex : proof.auditPath()) {
      byte[] p = HEX.parseHex(hex);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && HEX.formatHex(r).equals(proof.root());
  }

  private static byte[] node(byte[] left, byte[] right) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update((byte) 1);
    md.update(left);
    md.update(right);
    return md.digest();
  }
}
