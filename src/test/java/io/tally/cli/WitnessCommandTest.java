package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness's bad input and an unreachable server, as a user meets them. */
class WitnessCommandTest {
  @TempDir Path state;

  @Test
  void aUrlThatIsNotHttpExitsTwoNamingTheOption() {
    var r =
        LedgerTamperRegressionTest.tally(
            "witness", "--url", "ftp://x", "--state", state.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--url");
  }

  @Test
  void anUnreachableServerIsAnInternalErrorNotARollback() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    var r =
        LedgerTamperRegressionTest.tally(
            "witness", "--url", "http://127.0.0.1:" + port, "--state", state.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).doesNotContain("ROLLED BACK").doesNotContain("at io.tally");
  }

  @Test
  void aBadEveryExitsTwo() {
    var r =
        LedgerTamperRegressionTest.tally(
            "witness",
            "--url",
            "http://127.0.0.1:1",
            "--state",
            state.toString(),
            "--every",
            "soon");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--every");
  }
}
