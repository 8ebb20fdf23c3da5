package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.security.Users;
import io.tally.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shop floor in a browser: an operator runs a line from its page and the overview shows the
 * count; an auditor sees the same page without the forms. At 1366x768 and at tablet width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopFloorBrowserTest {
  static final String PASSWORD = "shop-floor-test-password";

  @LocalServerPort int port;
  @Autowired Users users;
  ChromeDriver driver;

  @BeforeAll
  void start() {
    driver = Browser.start(1366, 768);
    if (!users.exists("operator.one")) {
      users.add(
          Actor.SYSTEM, null, new Users.NewUser("operator.one", List.of("OPERATOR"), PASSWORD));
      users.add(
          Actor.SYSTEM, null, new Users.NewUser("auditor.floor", List.of("AUDITOR"), PASSWORD));
    }
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void anOperatorReportsACountOnTheLinePageAndTheOverviewShowsIt() throws Exception {
    signIn("operator.one");
    driver.get(url("/"));
    long before = goodToday("L4");
    driver.get(url("/lines/L4"));
    if (!driver.findElements(By.id("start-run")).isEmpty()) {
      driver
          .findElement(By.cssSelector("#start-run select[name=product]"))
          .sendKeys("762x39-TRACER");
      submit("#start-run button");
      assertThat(driver.findElement(By.cssSelector("p.done")).getText()).contains("started");
    }
    var good = driver.findElement(By.cssSelector("#report-count input[name=good]"));
    good.clear();
    good.sendKeys("1234");
    var scrap = driver.findElement(By.cssSelector("#report-count input[name=scrap]"));
    scrap.clear();
    scrap.sendKeys("6");
    submit("#report-count button");
    assertThat(driver.findElement(By.cssSelector("p.done")).getText()).startsWith("Counted");
    Browser.screenshot(driver, "line-operator");

    driver.get(url("/"));
    assertThat(goodToday("L4")).isEqualTo(before + 1234);
    assertThat(driver.findElement(By.cssSelector("tr[data-line=L4] .badge")).getText())
        .startsWith("running");
    assertThat(driver.findElements(By.cssSelector("#pareto canvas"))).isNotEmpty();
    Path shot = Browser.screenshot(driver, "overview-shop-floor");
    assertThat(Files.size(shot)).isPositive();
  }

  @Test
  void aBadCountIsRefusedNextToTheFormAndNothingIsBooked() {
    signIn("operator.one");
    driver.get(url("/lines/L3"));
    if (!driver.findElements(By.id("start-run")).isEmpty()) {
      driver
          .findElement(By.cssSelector("#start-run select[name=product]"))
          .sendKeys("762x39-BLANK");
      submit("#start-run button");
    }
    String runGood = driver.findElement(By.cssSelector("#current-run .run-good")).getText();
    var good = driver.findElement(By.cssSelector("#report-count input[name=good]"));
    good.clear();
    good.sendKeys("12.5");
    submit("#report-count button");
    assertThat(driver.findElement(By.cssSelector("#report-count .error")).getText())
        .contains("good");
    assertThat(driver.findElement(By.cssSelector("#current-run .run-good")).getText())
        .isEqualTo(runGood);
  }

  @Test
  void anAuditorSeesTheLineReadOnlyAtTabletWidth() {
    signIn("auditor.floor");
    driver.manage().window().setSize(new Dimension(768, 1024));
    try {
      driver.get(url("/lines/L1"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("L1");
      assertThat(driver.findElements(By.cssSelector("section.operate form"))).isEmpty();
      assertThat(driver.findElements(By.id("dispatch"))).hasSize(1);
      Browser.screenshot(driver, "line-auditor-tablet");
      driver.get(url("/"));
      assertThat(driver.findElements(By.cssSelector("td span.state-operating"))).hasSize(4);
      Browser.screenshot(driver, "overview-tablet");
    } finally {
      driver.manage().window().setSize(new Dimension(1366, 768));
    }
  }

  /**
   * Clicks a form's button and waits for the page it sent to go, so the next look is the answer.
   */
  private void submit(String css) {
    WebElement button = driver.findElement(By.cssSelector(css));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
  }

  private long goodToday(String line) {
    String text =
        driver.findElement(By.cssSelector("tr[data-line=" + line + "] .good-today")).getText();
    return text.isBlank() ? 0 : Long.parseLong(text.replace(",", ""));
  }

  private void signIn(String user) {
    Browser.signIn(driver, url(""), user, PASSWORD);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
