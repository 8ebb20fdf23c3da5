package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.CommandExecutor;
import io.tally.orders.Authorisations;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
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
 * The shipments page's forms alone, over mocked commands: an id or a line of the wrong form is
 * refused next to its form naming the field (422, or 200 for htmx, which swaps only successes), and
 * no command is sent; the warehouse only.
 */
@WebMvcTest(ShipmentPages.class)
@Import(SliceSecurity.class)
class ShipmentPagesSliceTest {
  static final String SCRIPT = "<script>alert(1)</script>";

  @Autowired MockMvc mvc;
  @MockitoBean CommandExecutor commands;
  @MockitoBean Shipments shipments;
  @MockitoBean Authorisations authorisations;
  @MockitoBean PlantService plant;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  @Test
  @WithMockUser(roles = "WAREHOUSE")
  void aShipmentIdWithAScriptIsRefusedNamingTheIdAndNothingIsCreated() throws Exception {
    mvc.perform(
            post("/shipments")
                .with(csrf())
                .param("id", SCRIPT)
                .param("customer", "ARMY")
                .param("authorisation", "A-1")
                .param("lines", "RCP27C001-004 2500 FG"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attribute("errorFor", "create"))
        .andExpect(model().attribute("errorField", "id"))
        .andExpect(model().attribute("error", startsWith("id must be 1 to 64 letters")));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "WAREHOUSE")
  void aLineOfTheWrongFormIsRefusedNamingTheLineAndHtmxGets200() throws Exception {
    mvc.perform(
            post("/shipments")
                .with(csrf())
                .header("HX-Request", "true")
                .param("id", "SH-1")
                .param("customer", "ARMY")
                .param("authorisation", "A-1")
                .param("lines", "RCP27C001-004 2500 F<G>"))
        .andExpect(status().isOk())
        .andExpect(model().attribute("errorField", "lines[0].location"));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "WAREHOUSE")
  void anApprovalOrDispatchOfAShipmentIdOfTheWrongFormIsRefused() throws Exception {
    mvc.perform(post("/shipments/{id}/dispatch", "SH 1").with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attribute("errorField", "id"));
    mvc.perform(post("/shipments/{id}/approval", "=SH1").with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attribute("errorField", "id"));
    verifyNoInteractions(commands);
  }

  @Test
  @WithMockUser(roles = "QUALITY")
  void onlyTheWarehouseCreatesShipments() throws Exception {
    assertThatThrownBy(() -> mvc.perform(post("/shipments").with(csrf()).param("id", "SH-1")))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    verifyNoInteractions(commands);
  }
}
