package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.input.gs1.ElementString;
import io.tally.labels.print.PrintedBarcodes;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The labels Tally prints for its packaging units and lots scan back to what the ledger holds. */
class PackagingLabelsTest extends TraceabilityApiSupport {

  String packOneBox(String lot) throws Exception {
    String body =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"FG","units":1}"""
                    .formatted(lot))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ssccs = JsonPath.read(body, "$[*].sscc");
    return ssccs.get(0);
  }

  byte[] pdf(String path) throws Exception {
    return getAs("AUDITOR", path)
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void theLogisticLabelOfABoxScansToItsCountLotAndSscc() throws Exception {
    String lot = releasedLotInStore();
    String sscc = packOneBox(lot);

    List<String> scans = PrintedBarcodes.read(pdf("/api/labels/sscc/" + sscc + ".pdf"), 0);

    assertThat(scans).hasSize(3);
    ElementString content = ElementString.parse(scans.get(0));
    assertThat(content.data("37")).hasValue("20");
    assertThat(content.find("11")).isPresent();
    assertThat(content.find("02")).as("the reference plant's products have no GTIN").isEmpty();
    assertThat(scans.get(1)).isEqualTo("]C110" + lot);
    assertThat(scans.get(2)).isEqualTo("]C100" + sscc);
  }

  @Test
  void takesTheSsccAsAScanAndRefusesAMalformedOneNamingTheField() throws Exception {
    String sscc = packOneBox(releasedLotInStore());
    assertThat(PrintedBarcodes.read(pdf("/labels/sscc/00" + sscc + ".pdf"), 0))
        .last()
        .isEqualTo("]C100" + sscc);

    String wrong = sscc.substring(0, 17) + ((sscc.charAt(17) - '0' + 1) % 10);
    getAs("AUDITOR", "/api/labels/sscc/" + wrong + ".pdf")
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.field").value("sscc"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("check digit")));
    getAs("AUDITOR", "/api/labels/sscc/106141411234567897.pdf")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("sscc"));
  }

  @Test
  void theLotLabelScansToTheLotAndItsProductionDay() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 1_000, 3);

    List<String> scans = PrintedBarcodes.read(pdf("/api/labels/lot/" + lot + ".pdf"), 0);

    assertThat(scans).hasSize(1);
    ElementString read = ElementString.parse(scans.get(0));
    assertThat(read.data("10")).hasValue(lot);
    assertThat(read.find("11")).isPresent();
    getAs("AUDITOR", "/api/labels/lot/RCP27C001-999999.pdf")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("lot"));
  }
}
