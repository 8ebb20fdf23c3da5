package io.tally.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.analytics.LineKpis;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.execution.StopView;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The line page's forms alone, over mocked commands: each field held to the API's form (refused
 * naming the field, next to its form, no command sent), the form's key and the signed-in user
 * handed to the command, operators only.
 */
@WebMvcTest({LinePage.class, LineForms.class})
@Import(SliceSecurity.class)
class LinePagesSliceTest {
  @Autowired MockMvc mvc;
  @MockitoBean Lines lines;
  @MockitoBean PlantService plant;
  @MockitoBean ExecutionQueries queries;
  @MockitoBean WorkOrders workOrders;
  @MockitoBean CommandExecutor commands;
  @MockitoBean LineKpis kpis;
  @MockitoBean io.tally.execution.CorrectionQueries corrections;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void aStopReasonWithAScriptIsRefusedNamingTheReasonAndNoStopIsSent() throws Exception {
    mvc.perform(
            post("/lines/L1/stops")
                .with(csrf())
                .param("reason", "<script>alert(1)</script>")
                .param("key", "k1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/lines/L1"))
        .andExpect(flash().attribute("errorForm", "stop"))
        .andExpect(flash().attribute("errorField", "reason"))
        .andExpect(flash().attribute("error", startsWith("reason must be 1 to 64 letters")));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void aRunOfTheWrongFormIsRefusedNamingTheRun() throws Exception {
    mvc.perform(post("/lines/L1/runs/end").with(csrf()).param("run", "<b>R-1</b>"))
        .andExpect(flash().attribute("errorForm", "run"))
        .andExpect(flash().attribute("errorField", "run"));
    mvc.perform(
            post("/lines/L1/runs")
                .with(csrf())
                .param("product", "762x39 BALL-SC")
                .param("workOrder", ""))
        .andExpect(flash().attribute("errorField", "product"));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "AUDITOR")
  void anUnknownLineIsNotFound() throws Exception {
    mvc.perform(get("/lines/L9")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void aFormForNoLineOfThePlantIsNotFound() throws Exception {
    mvc.perform(post("/lines/{id}/stops", "<script>").with(csrf()).param("reason", "JAM"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/lines/L9/stops").with(csrf()).param("reason", "JAM"))
        .andExpect(status().isNotFound());
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(username = "op.anna", roles = "OPERATOR")
  void theFormsKeyAndTheSignedInUserReachTheCommand() throws Exception {
    when(commands.execute(any(), any(), any()))
        .thenReturn(new StopView("S-1", "L1", "JAM", "unplanned", Instant.EPOCH, null));
    mvc.perform(post("/lines/L1/stops").with(csrf()).param("reason", "JAM").param("key", "k-77"))
        .andExpect(flash().attribute("done", "Stop S-1 started."));
    verify(commands)
        .execute(
            new Actor("op.anna"),
            new IdempotencyKey("k-77"),
            StopCommands.Start.of("L1", new StopRequest("JAM")));
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void onlyOperatorsSendTheLinesForms() throws Exception {
    assertThatThrownBy(
            () -> mvc.perform(post("/lines/L1/stops").with(csrf()).param("reason", "JAM")))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    verifyNoInteractions(commands);
  }
}
