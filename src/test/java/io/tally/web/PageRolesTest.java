package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.tally.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Least privilege on pages: walked as every role, a page shows only what the API would give that
 * role. Each page is paired with the API endpoint that serves the same facts; the lot page's
 * sections are paired with the endpoints of theirs (its ledger entries with the ledger's).
 */
class PageRolesTest extends LotPagesSupport {
  private static final Pattern NAV_LINK = Pattern.compile("<nav>(.*?)</nav>", Pattern.DOTALL);
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

  /**
   * Pages whose API is wider than the page: the page refuses roles its API admits. The other way
   * round, a page showing a role what its API refuses, is never allowed.
   */
  private static final Map<String, String> NARROWER_THAN_API =
      Map.of("/reconciliation", "the reconciliation API still admits every role");

  MockHttpServletResponse as(Role role, String path) throws Exception {
    return mvc.perform(
            get(path).with(user("walker." + role.name().toLowerCase()).roles(role.name())))
        .andReturn()
        .getResponse();
  }

  static boolean admitted(MockHttpServletResponse r) {
    return r.getStatus() != 403 && r.getStatus() != 401;
  }

  @Test
  void everyPageAdmitsTheRolesItsApiAdmits() throws Exception {
    Made made = releasedLot("L1");
    Map<String, String> pageToApi =
        Map.ofEntries(
            Map.entry("/", "/api/plant"),
            Map.entry("/capacity", "/api/capacity-against-demand"),
            Map.entry("/lines/L1", "/api/execution/lines/L1/dispatch-list"),
            Map.entry("/lots", "/api/trace/" + made.lot()),
            Map.entry("/lots/" + made.lot(), "/api/trace/" + made.lot()),
            Map.entry("/quality", "/api/quality/queue"),
            Map.entry("/shipments", "/api/shipments/SH-NONE"),
            Map.entry("/schedule", "/api/schedules/accepted"),
            Map.entry("/twin", "/api/twin/simulations/last"),
            Map.entry("/ledger", "/api/ledger"),
            Map.entry("/reconciliation", "/api/reconciliation"),
            Map.entry("/stocktakes", "/api/stocktakes"),
            Map.entry("/holds", "/api/holds"),
            Map.entry("/periods", "/api/periods"),
            Map.entry("/periods/2027-03", "/api/periods/2027-03"));
    List<String> walked = new ArrayList<>();
    for (var pair : pageToApi.entrySet()) {
      for (Role role : Role.values()) {
        boolean page = admitted(as(role, pair.getKey()));
        boolean api = admitted(as(role, pair.getValue()));
        String what = pair.getKey() + " as " + role + " against " + pair.getValue();
        assertThat(!page || api).as("%s: the page shows what the API refuses", what).isTrue();
        if (!NARROWER_THAN_API.containsKey(pair.getKey())) {
          assertThat(page).as(what).isEqualTo(api);
        }
        walked.add(what);
      }
    }
    assertThat(walked).hasSize(pageToApi.size() * Role.values().length);
  }

  @Test
  void theLotPageShowsLedgerEntriesAndQualityOnlyToTheRolesTheirApisAdmit() throws Exception {
    Made made = releasedLot("L2");
    for (Role role : Role.values()) {
      String page = as(role, "/lots/" + made.lot()).getContentAsString();
      assertThat(page.contains("id=\"entries\""))
          .as("ledger entries on the lot page as %s", role)
          .isEqualTo(admitted(as(role, "/api/ledger")));
      assertThat(page.contains("LotReleased"))
          .as("a ledger payload on the lot page as %s", role)
          .isEqualTo(admitted(as(role, "/api/ledger")));
      assertThat(page.contains("id=\"holds-section\""))
          .as("holds, recalls and returns on the lot page as %s", role)
          .isEqualTo(admitted(as(role, "/api/holds")));
      assertThat(page.contains("/quality/lots/" + made.lot() + "/panel"))
          .as("the quality panel on the lot page as %s", role)
          .isEqualTo(admitted(as(role, "/quality/lots/" + made.lot() + "/panel")));
    }
  }

  @Test
  void theNavigationLinksEachRoleOnlyToPagesItMayOpen() throws Exception {
    for (Role role : Role.values()) {
      Matcher nav = NAV_LINK.matcher(as(role, "/").getContentAsString());
      assertThat(nav.find()).as("navigation as %s", role).isTrue();
      Matcher link = HREF.matcher(nav.group(1));
      int links = 0;
      while (link.find()) {
        String href = link.group(1);
        if (href.startsWith("/swagger-ui")) {
          continue;
        }
        assertThat(admitted(as(role, href))).as("%s linked for %s", href, role).isTrue();
        links++;
      }
      assertThat(links).as("pages linked for %s", role).isGreaterThanOrEqualTo(5);
    }
  }
}
