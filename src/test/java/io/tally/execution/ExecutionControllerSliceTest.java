package io.tally.execution;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.kernel.Quantity;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Execution's API alone over mocked services: the key and the signed-in user reach the command,
 * problems name the field (a form broken is 400, a rule broken 422), and each command its roles.
 */
@WebMvcTest(ExecutionController.class)
@Import(SliceSecurity.class)
class ExecutionControllerSliceTest {
  @Autowired MockMvc mvc;
  @MockitoBean CommandExecutor commands;
  @MockitoBean WorkOrders workOrders;
  @MockitoBean PlantLookup lookup;
  @MockitoBean PlantService plant;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  @WithMockUser(username = "op.one", roles = "OPERATOR")
  void aCountReachesItsCommandWithTheKeyAndTheOperator() throws Exception {
    mvc.perform(
            json(post("/api/execution/runs/RUN-000001/counts"), "{\"good\":500,\"scrap\":5}")
                .header("Idempotency-Key", "c-1"))
        .andExpect(status().isOk());
    verify(commands)
        .execute(
            new Actor("op.one"),
            new IdempotencyKey("c-1"),
            new CountCommands.Report(
                new RunId("RUN-000001"), Quantity.of(500), Quantity.of(5), null));
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void aFormBrokenIsA400AndARuleBrokenA422NamingTheField() throws Exception {
    mvc.perform(json(post("/api/execution/runs/{run}/counts", "R 1"), "{\"good\":1}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("run"));
    mvc.perform(
            json(post("/api/execution/runs/RUN-000001/counts"), "{\"good\":1}")
                .header("Idempotency-Key", "a key"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(
            json(post("/api/execution/runs/RUN-000001/counts"), "{\"good\":-1}")
                .header("Idempotency-Key", "k-1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("good"));
    verifyNoInteractions(commands);
    when(commands.execute(any(), any(), any()))
        .thenThrow(CommandRejected.invalid("good", "run RUN-000001 is closed"));
    mvc.perform(
            json(post("/api/execution/runs/RUN-000001/counts"), "{\"good\":1}")
                .header("Idempotency-Key", "k-2"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("good"))
        .andExpect(jsonPath("$.detail").value("run RUN-000001 is closed"));
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void aCancelReasonLikeAFormulaIsRefusedNamingTheReason() throws Exception {
    mvc.perform(
            json(post("/api/execution/work-orders/WO-1/cancel"), "{\"reason\":\"=HYPERLINK(1)\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void plannersDoNotRunTheLine() throws Exception {
    mvc.perform(json(post("/api/execution/runs/RUN-000001/counts"), "{\"good\":1}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("your role may not do this"));
    mvc.perform(json(post("/api/execution/runs"), "{\"line\":\"L1\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void operatorsDoNotEnterWorkOrders() throws Exception {
    mvc.perform(json(post("/api/execution/work-orders"), "{\"id\":\"WO-1\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(commands);
  }
}
