package io.tally.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The lot search takes a scanned label: the lot (AI 10) or SSCC (AI 00) it carries is looked up, a
 * malformed scan is refused with the parser's message; the lot page links its label.
 */
class LotPagesScanTest extends LotPagesSupport {

  @Test
  void aScannedLotLabelLeadsToTheLotPageWhichLinksTheLotLabel() throws Exception {
    Made made = closedLot("L1");
    mvc.perform(
            get("/lots")
                .param("q", "]C110" + made.lot() + "\u001d11261127")
                .with(user("wh").roles("WAREHOUSE")))
        .andExpect(redirectedUrl("/lots/" + made.lot()));
    mvc.perform(get("/lots/" + made.lot()).with(user("wh").roles("WAREHOUSE")))
        .andExpect(content().string(containsString("/labels/lot/" + made.lot() + ".pdf")));
  }

  @Test
  void aMalformedScanIsRefusedOnThePageAndOnTheApiNamingTheField() throws Exception {
    mvc.perform(
            get("/lots").param("q", "]C100106141411234567898").with(user("wh").roles("WAREHOUSE")))
        .andExpect(status().is(422))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Scan refused"),
                        containsString("has check digit 8, expected 7"))));
    mvc.perform(get("/api/trace/{lot}", "(00)106141411234567898").with(user("a").roles("AUDITOR")))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.field").value("lot"))
        .andExpect(jsonPath("$.detail").value(containsString("has check digit 8, expected 7")));
  }
}
