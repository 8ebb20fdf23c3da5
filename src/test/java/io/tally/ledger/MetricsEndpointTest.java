package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The Prometheus metrics are for auditors and admins, never anonymous: they name commands and their
 * rates. An auditor sees each command's latency histogram, the ledger's head and the unsigned
 * entries, and the connection pool.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MetricsEndpointTest {
  @Autowired MockMvc mvc;
  @Autowired CommandExecutor commands;

  @Test
  void anonymousCallersGet401() throws Exception {
    var response =
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).doesNotContain("tally_");
  }

  @Test
  void anOperatorGets403() throws Exception {
    var response =
        mvc.perform(
                MockMvcRequestBuilders.get("/actuator/prometheus")
                    .with(user("metrics.operator").roles("OPERATOR")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void anAuditorSeesCommandLatencyTheLedgerHeadAndThePool() throws Exception {
    String id = "METRICS-" + System.nanoTime();
    commands.execute(
        new Actor("metrics.planner"),
        new IdempotencyKey("metrics-" + id),
        CommandBusTest.authorisation(id, 1_000));
    var response =
        mvc.perform(
                MockMvcRequestBuilders.get("/actuator/prometheus")
                    .with(user("metrics.auditor").roles("AUDITOR")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    String body = response.getContentAsString();
    assertThat(body)
        .containsPattern(
            "tally_commands_seconds_bucket\\{command=\"authorisation.record\",outcome=\"ok\",le=")
        .containsPattern("(?m)^tally_ledger_head_seq [1-9][0-9.E]*$")
        .contains("tally_ledger_unsigned_entries ")
        .contains("hikaricp_connections_active");
  }
}
