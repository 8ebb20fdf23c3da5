package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import java.util.List;
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
 * Quality's inspection endpoint and the lot page's inspection form, alone over mocked services:
 * problems name the field, a form field of the wrong form is refused before any command, the key
 * and the signed-in user reach the command, and only quality engineers inspect.
 */
@WebMvcTest({QualityController.class, LotQualityPanel.class})
@Import(SliceSecurity.class)
class QualityWebSliceTest {
  static final String LOT = "RCP27A011-001";
  static final String MAJOR = "[{\"class\":\"major\",\"n\":125,\"d\":0}]";

  @Autowired MockMvc mvc;
  @MockitoBean QualityLots lots;
  @MockitoBean LotPlanning planning;
  @MockitoBean CommandExecutor commands;
  @MockitoBean PlantService plant;
  @MockitoBean io.tally.execution.CorrectionQueries corrections;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  @Test
  @WithMockUser(username = "qa.anna", roles = "QUALITY")
  void theApiHandsTheKeyAndTheSignedInUserToTheInspection() throws Exception {
    mvc.perform(
            post("/api/quality/lots/{lot}/inspections", LOT)
                .with(csrf())
                .header("Idempotency-Key", "insp-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\":" + MAJOR + "}"))
        .andExpect(status().isOk());
    verify(commands)
        .execute(
            new Actor("qa.anna"),
            new IdempotencyKey("insp-1"),
            new LotCommands.Inspect(
                LOT,
                new InspectionRequest(
                    List.of(new InspectionRequest.ClassResult("major", 125, 0, null)))));
  }

  @Test
  @WithMockUser(roles = "QUALITY")
  void theApiNamesTheFieldOfARefusal() throws Exception {
    mvc.perform(
            post("/api/quality/lots/{lot}/inspections", "RCP 27")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\":" + MAJOR + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("lot"));
    verifyNoInteractions(commands);
    when(commands.execute(any(), any(), any()))
        .thenThrow(CommandRejected.invalid("results[0].n", "n must be the plan's sample size"));
    mvc.perform(
            post("/api/quality/lots/{lot}/inspections", LOT)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\":" + MAJOR + "}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("results[0].n"))
        .andExpect(jsonPath("$.detail").value("n must be the plan's sample size"));
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void onlyQualityEngineersInspect() throws Exception {
    mvc.perform(
            post("/api/quality/lots/{lot}/inspections", LOT)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\":" + MAJOR + "}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
    assertThatThrownBy(() -> mvc.perform(post("/quality/lots/{lot}/inspections", LOT).with(csrf())))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "QUALITY")
  void theFormRefusesALotOrClassOfTheWrongFormNamingTheField() throws Exception {
    mvc.perform(
            post("/quality/lots/{lot}/inspections", "<script>")
                .with(csrf())
                .param("class", "major")
                .param("n", "125")
                .param("d", "0"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attribute("errorField", "lot"));
    mvc.perform(
            post("/quality/lots/{lot}/inspections", LOT)
                .with(csrf())
                .header("HX-Request", "true")
                .param("class", "<b>major</b>")
                .param("n", "125")
                .param("d", "0"))
        .andExpect(status().isOk())
        .andExpect(model().attribute("errorField", "results[0].nonconformityClass"));
    verifyNoInteractions(commands);
  }
}
