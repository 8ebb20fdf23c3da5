package io.tally.twin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The twin's endpoint and page form alone over a mocked runner: refusals name the field, a scenario
 * past its size never reaches the runner, planners and admins run, auditors only read, other roles
 * neither.
 */
@WebMvcTest({TwinController.class, TwinPage.class})
@Import(SliceSecurity.class)
class TwinWebSliceTest {
  @Autowired MockMvc mvc;
  @MockitoBean TwinRuns runs;
  @MockitoBean PlantService plant;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void theApiNamesTheFieldARunIsRefusedFor() throws Exception {
    when(runs.run(any(), any()))
        .thenThrow(CommandRejected.invalid("years", "years must be 1 to 5, got 6"));
    mvc.perform(
            post("/api/twin/simulations")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"replications\":10,\"years\":6}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("years"))
        .andExpect(jsonPath("$.detail").value("years must be 1 to 5, got 6"));
  }

  @Test
  @WithMockUser(roles = "AUDITOR")
  void auditorsReadTheLastRunButDoNotRunOne() throws Exception {
    mvc.perform(get("/api/twin/simulations/last"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no simulation has run since the server started"));
    mvc.perform(
            post("/api/twin/simulations")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"replications\":10}"))
        .andExpect(status().isForbidden());
    assertThatThrownBy(
            () -> mvc.perform(post("/twin/simulations").with(csrf()).param("replications", "10")))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    verify(runs, never()).run(any(), any());
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void operatorsNeitherRunNorRead() throws Exception {
    mvc.perform(
            post("/api/twin/simulations")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"replications\":2}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/twin/simulations/last")).andExpect(status().isForbidden());
    verifyNoInteractions(runs);
  }

  @Test
  @WithMockUser(roles = "QUALITY")
  void qualityEngineersDoNotReadTheTwin() throws Exception {
    mvc.perform(get("/api/twin/simulations/last")).andExpect(status().isForbidden());
    verifyNoInteractions(runs);
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void aScenarioPastItsSizeIsRefusedNamingTheScenario() throws Exception {
    mvc.perform(
            post("/twin/simulations")
                .with(csrf())
                .param("replications", "10")
                .param("scenario", "x".repeat(SimulationRequest.SCENARIO_MAX + 1)))
        .andExpect(status().isOk())
        .andExpect(model().attribute("errorField", "scenario"));
    verifyNoInteractions(runs);
  }
}
