package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.security.Users;
import io.tally.support.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a person sees: sign in, open the pages, in Debian's headless Chromium at 1366x768. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  static final String PASSWORD = "browser-test-password";

  @LocalServerPort int port;
  @Autowired Users users;
  ChromeDriver driver;

  @BeforeAll
  void start() {
    driver = Browser.start(1366, 768);
    if (!users.exists("auditor.one")) {
      users.add(Actor.SYSTEM, null, new Users.NewUser("auditor.one", List.of("AUDITOR"), PASSWORD));
      users.add(Actor.SYSTEM, null, new Users.NewUser("planner.one", List.of("PLANNER"), PASSWORD));
    }
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void signIn(String user) {
    Browser.signIn(driver, url(""), user, PASSWORD);
  }

  @Test
  void aWrongPasswordKeepsYouOut() {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.name("username")).sendKeys("auditor.one");
    driver.findElement(By.name("password")).sendKeys("wrong-password");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(driver.findElement(By.cssSelector(".error")).getText()).contains("Wrong user name");
  }

  @Test
  void theOverviewShowsTheStagesLinesAndNameplate() {
    signIn("auditor.one");
    driver.get(url("/"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Reference cartridge plant");
    assertThat(driver.findElement(By.cssSelector(".card .figure")).getText())
        .isEqualTo("70,000,000");
    assertThat(driver.findElements(By.cssSelector("td span.state-operating"))).hasSize(4);
    Browser.screenshot(driver, "overview");
  }

  @Test
  void capacityAgainstDemandDrawsItsChart() {
    signIn("planner.one");
    driver.get(url("/capacity?from=2027-01&months=12"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Capacity against demand");
    assertThat(driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(36);
    Browser.screenshot(driver, "capacity");
  }

  @Test
  void theLedgerPageIsForAuditorsAndShowsVerification() {
    signIn("auditor.one");
    driver.get(url("/ledger"));
    assertThat(driver.findElement(By.cssSelector("#verification .figure")).getText())
        .isEqualTo("Intact");
    Browser.screenshot(driver, "ledger");
    signIn("planner.one");
    assertThat(driver.findElements(By.linkText("Ledger"))).isEmpty();
  }

  @Test
  void aPlannerRunsTheTwinAndSeesTheOutputHistogram() {
    signIn("planner.one");
    driver.get(url("/twin"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Digital twin");
    var replications = driver.findElement(By.name("replications"));
    replications.clear();
    replications.sendKeys("20");
    driver.findElement(By.cssSelector("#twin-form button[type=submit]")).click();
    assertThat(driver.findElements(By.cssSelector("#twin-histogram canvas"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#twin-states canvas"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#twin-result .muted")).getText())
        .contains("20 replications");
    assertThat(driver.findElements(By.cssSelector("#twin-bottlenecks tbody tr"))).hasSize(4);
    assertThat(driver.findElement(By.id("twin-ptarget")).getText()).matches("[01]\\.\\d{3}");
    driver.executeScript("document.getElementById('twin-result').scrollIntoView()");
    Browser.screenshot(driver, "twin");
  }
}
