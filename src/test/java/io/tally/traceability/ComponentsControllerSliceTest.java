package io.tally.traceability;

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
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import java.time.LocalDate;
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
 * Component lots' API alone over a mocked service: a receipt reaches its command with the key and
 * the warehouse user, a supplier of the wrong form or an implausible date is a 400 naming it, a
 * conflict a 409, roles.
 */
@WebMvcTest(ComponentsController.class)
@Import(SliceSecurity.class)
class ComponentsControllerSliceTest {
  static final ComponentRequests.Receipt RECEIPT =
      new ComponentRequests.Receipt(
          "PR-1",
          "PRIMER-BOXER-SR",
          "Supplier One",
          "S-1",
          10L,
          "STORES",
          "COC-1",
          null,
          LocalDate.of(2027, 6, 30));
  static final String RECEIPT_JSON =
      """
      {"componentLot":"PR-1","component":"PRIMER-BOXER-SR","supplier":"Supplier One",
       "supplierLot":"S-1","quantity":10,"location":"STORES","certificate":"COC-1",
       "retest":"2027-06-30"}""";

  @Autowired MockMvc mvc;
  @MockitoBean CommandExecutor commands;
  @MockitoBean ComponentLots lots;
  @MockitoBean ReceivingStreams streams;
  @MockitoBean PlantService plant;

  @BeforeEach
  void referencePlant() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
  }

  static MockHttpServletRequestBuilder receipt(String body) {
    return post("/api/component-lots")
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  @WithMockUser(username = "wh-bob", roles = "WAREHOUSE")
  void aReceiptReachesItsCommandWithTheKeyAndTheWarehouseUser() throws Exception {
    mvc.perform(receipt(RECEIPT_JSON).header("Idempotency-Key", "r-1"))
        .andExpect(status().isCreated());
    verify(commands).execute(new Actor("wh-bob"), new IdempotencyKey("r-1"), RECEIPT);
  }

  @Test
  @WithMockUser(roles = "WAREHOUSE")
  void aSupplierLikeAFormulaIsA400AndASecondReceiptA409() throws Exception {
    mvc.perform(receipt(RECEIPT_JSON.replace("Supplier One", "@SUM(A1)")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("supplier"));
    mvc.perform(receipt(RECEIPT_JSON.replace("2027-06-30", "1066-10-14")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("retest"));
    verifyNoInteractions(commands);
    when(commands.execute(any(), any(), any(ComponentRequests.Receipt.class)))
        .thenThrow(CommandRejected.conflict("componentLot", "PR-1 was received already"));
    mvc.perform(receipt(RECEIPT_JSON))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
  }

  @Test
  @WithMockUser(roles = "OPERATOR")
  void operatorsDoNotReceive() throws Exception {
    mvc.perform(receipt(RECEIPT_JSON)).andExpect(status().isForbidden());
    verifyNoInteractions(commands);
  }
}
