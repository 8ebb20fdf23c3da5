package io.tally.web;

import static io.tally.web.HostileText.COMPONENT_LOT;
import static io.tally.web.HostileText.ORDER;
import static io.tally.web.HostileText.SEARCH;
import static io.tally.web.HostileText.SHIPMENT;
import static io.tally.web.HostileText.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.security.Role;
import io.tally.security.Users;
import io.tally.support.Browser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages cannot run text as code: with script planted in every free-text field a page shows ({@link
 * HostileText}), each page is opened in Chromium and every chart's tooltips are drawn, and nothing
 * runs, nothing violates the Content-Security-Policy, and the tooltips show the text as text. The
 * HTML each page sends holds no inline script, no event-handler attribute and no style.
 */
@TestPropertySource(properties = "tally.test.context=xss")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageXssRegressionTest extends LotPagesSupport {
  static final String PASSWORD = "xss-browser-password";
  static final String USER = "xss.all";

  /** Records every CSP violation of a page, installed before any of the page's own scripts. */
  static final String WATCH_VIOLATIONS =
      "window.__violations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample"
          + " + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));";

  @LocalServerPort int port;
  @Autowired Users users;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JsonMapper jsonMapper;
  ChromeDriver driver;
  List<String> pages;

  @BeforeAll
  void plantAndStart() throws Exception {
    driver = Browser.start(1366, 768);
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_VIOLATIONS));
    users.add(
        Actor.SYSTEM,
        null,
        new Users.NewUser(USER, Arrays.stream(Role.values()).map(Role::name).toList(), PASSWORD));
    HostileText hostile = new HostileText(ledger, tx);
    Made shipped = releasedLot("L1");
    hostile.componentsAndShipment(shipped.lot(), BALL);
    hostile.schedule(BALL);
    Made concession = rejected("L2");
    dispose(concession.lot(), "concession", "qa.one");
    mvc.perform(
            post("/api/quality/lots/{lot}/concession/approval", concession.lot())
                .with(user("qa.two").roles("QUALITY")))
        .andExpect(status().is2xxSuccessful());
    Made scrapped = rejected("L2");
    dispose(scrapped.lot(), "scrap", "qa.one");
    mvc.perform(
            post("/twin/simulations")
                .with(user("planner.xss").roles("PLANNER"))
                .with(csrf())
                .param("replications", "2")
                .param("years", "1")
                .param("seed", "7")
                .param(
                    "scenario",
                    "name: \""
                        + HostileText.SCENARIO
                        + "\"\nchanges:\n  - reliability: { line: L3, mttrHours: 0.5 }\n"))
        .andExpect(status().isOk());
    pages =
        List.of(
            "/",
            "/capacity",
            "/lines/L1",
            "/lots",
            "/lots/" + shipped.lot(),
            "/lots/" + path(COMPONENT_LOT),
            "/lots/" + path(SEARCH),
            "/lots/" + concession.lot(),
            "/lots/" + scrapped.lot(),
            "/quality",
            "/quality/lots/" + concession.lot() + "/panel",
            "/quality/lots/" + scrapped.lot() + "/panel",
            "/quality/lots/" + concession.lot() + "/certificate",
            "/shipments",
            "/shipments/" + path(SHIPMENT) + "/dispatch-note",
            "/schedule",
            "/twin",
            "/ledger",
            "/reconciliation",
            "/stocktakes");
    Browser.signIn(driver, url(""), USER, PASSWORD);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** A closed lot that failed inspection: held, awaiting a disposition. */
  Made rejected(String line) throws Exception {
    Made made = closedLot(line);
    mvc.perform(inspection(made.lot(), 50)).andExpect(status().isOk());
    return made;
  }

  void dispose(String lot, String how, String qa) throws Exception {
    String reason = how.equals("scrap") ? HostileText.SCRAP : HostileText.CONCESSION;
    mvc.perform(
            post("/api/quality/lots/{lot}/" + how, lot)
                .with(user(qa).roles("QUALITY"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(jsonMapper.writeValueAsString(Map.of("reason", reason))))
        .andExpect(status().is2xxSuccessful());
  }

  static String path(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void noPageRunsPlantedScriptEvenWithEveryTooltipDrawn() {
    List<String> tooltips = new ArrayList<>();
    for (String page : pages) {
      driver.get(url(page));
      driver.executeAsyncScript(ChartTooltips.SETTLE);
      @SuppressWarnings("unchecked")
      List<String> shown = (List<String>) driver.executeScript(ChartTooltips.SHOW_ALL);
      tooltips.addAll(shown);
      driver.executeAsyncScript(ChartTooltips.SETTLE);
      assertThat(driver.executeScript("return window.__xss")).as("script ran on %s", page).isNull();
      assertThat(driver.executeScript("return window.__violations"))
          .as("CSP violations on %s", page)
          .asList()
          .isEmpty();
    }
    assertThat(String.join("\n", tooltips))
        .as("tooltips show the planted text as text")
        .contains(SUPPLIER)
        .contains(COMPONENT_LOT)
        .contains(SHIPMENT)
        .contains(ORDER);
  }

  /**
   * The API explorer is served on the pages chain too, and its scripts are files of its own; it
   * alone may add inline styles (it inserts style elements at run time): loading it violates
   * nothing, and its policy still admits no inline script. (Its configuration and API description
   * are behind HTTP Basic on the API chain, which a headless browser does not answer, so it draws
   * no operations.)
   */
  @Test
  void theApiExplorerLoadsUnderThePolicy() {
    driver.get(url("/swagger-ui.html"));
    assertThat(driver.getCurrentUrl()).contains("/swagger-ui/");
    driver.executeAsyncScript(ChartTooltips.SETTLE);
    assertThat(driver.executeScript("return typeof SwaggerUIBundle")).isEqualTo("function");
    assertThat(driver.executeScript("return window.__violations")).asList().isEmpty();
  }

  @Test
  void everyTooltipFormatterShowsMarkupAsText() {
    driver.get(url("/"));
    @SuppressWarnings("unchecked")
    List<String> out = (List<String>) driver.executeAsyncScript(ChartTooltips.CALL_FORMATTERS);
    assertThat(out)
        .hasSize(4)
        .allSatisfy(
            tooltip ->
                assertThat(tooltip)
                    .as("no element but line breaks, the markup as text")
                    .startsWith("|")
                    .contains("<img src=x onerror=window.__xss='formatter'>"));
  }

  @Test
  void theHtmlOfEveryPageHoldsNoInlineScriptHandlerOrStyle() {
    driver.get(url("/"));
    for (String page : pages) {
      @SuppressWarnings("unchecked")
      List<String> found =
          (List<String>) driver.executeAsyncScript(ChartTooltips.INLINE_CODE, url(page));
      assertThat(found).as("inline code in the HTML of %s", page).isEmpty();
    }
  }

  @Test
  void pagesCarryTheContentSecurityPolicyAndASameSiteSessionCookie() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<Void> login =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/login"))).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("JSESSIONID")
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
    for (String page : pages) {
      var headers =
          http.send(
                  HttpRequest.newBuilder(URI.create(url(page)))
                      .header("Cookie", "JSESSIONID=" + session)
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(page)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("script-src 'self'")
                      .contains("style-src 'self'")
                      .contains("object-src 'none'")
                      .contains("frame-ancestors 'none'")
                      .doesNotContain("unsafe"));
      assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
    }
    var explorer =
        http.send(
                HttpRequest.newBuilder(URI.create(url("/swagger-ui/index.html")))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .headers();
    assertThat(explorer.firstValue("Content-Security-Policy"))
        .as("the API explorer: inline styles only, never inline script")
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self';")
                    .contains("style-src 'self' 'unsafe-inline'")
                    .contains("frame-ancestors 'none'"));
  }
}
