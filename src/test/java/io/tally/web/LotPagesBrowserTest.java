package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.security.Users;
import io.tally.support.Browser;
import io.tally.traceability.PackagingRequests;
import io.tally.traceability.ShipmentCommands;
import io.tally.traceability.ShipmentRequest;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sees on the lot, quality and shipment pages in Debian's headless Chromium, at
 * 1366x768 and at a tablet's 768 px, with data made through the real services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotPagesBrowserTest extends LotPagesSupport {
  static final String PASSWORD = "lot-pages-browser-password";

  @LocalServerPort int port;
  @Autowired Users users;
  ChromeDriver driver;

  @BeforeAll
  void start() {
    driver = Browser.start(1366, 768);
    for (String[] u :
        new String[][] {
          {"qa.browser", "QUALITY"},
          {"wh.first", "WAREHOUSE"},
          {"wh.second", "WAREHOUSE"},
          {"aud.browser", "AUDITOR"}
        }) {
      if (!users.exists(u[0])) {
        users.add(Actor.SYSTEM, null, new Users.NewUser(u[0], List.of(u[1]), PASSWORD));
      }
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

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void aLookedUpLotShowsItsGenealogyGraphComponentsAndRelease() throws Exception {
    driver.manage().window().setSize(new Dimension(1366, 768));
    Made made = releasedLot("L1");
    shippedInABoxAndLoose(made.lot(), "SH-BROWSER-0");
    signIn("aud.browser");
    driver.get(url("/lots"));
    driver.findElement(By.name("q")).sendKeys(made.lot());
    driver.findElement(By.cssSelector(".lot-search button[type=submit]")).click();
    assertThat(waitFor(By.id("subject")).getText()).isEqualTo(made.lot());
    assertThat(driver.findElements(By.cssSelector("#genealogy canvas"))).isNotEmpty();
    assertThat(driver.findElement(By.id("components")).getText())
        .contains(made.componentLot())
        .contains("CASE-762x39")
        .contains("10,000");
    assertThat(waitFor(By.id("quality-status")).getText()).isEqualTo("RELEASED");
    assertThat(driver.findElement(By.id("customers")).getText()).isEqualTo("LAW-ENF");
    assertThat(driver.findElement(By.id("lot-shipments")).getText()).contains("SH-BROWSER-0");
    assertThat(driver.findElement(By.id("stock")).getText())
        .contains("SHIPPED")
        .contains("RELEASED");
    assertThat(driver.findElement(By.id("certificate-link")).getAttribute("href"))
        .endsWith("/quality/lots/" + made.lot() + "/certificate");
    assertThat(driver.findElements(By.id("inspection-form"))).isEmpty();
    driver.executeScript("window.scrollTo(0, 290)");
    Browser.screenshot(driver, "lot");

    driver.manage().window().setSize(new Dimension(768, 1024));
    driver.navigate().refresh();
    waitFor(By.id("quality-status"));
    assertThat(driver.findElements(By.cssSelector("#genealogy canvas"))).isNotEmpty();
    Number overflow =
        (Number)
            driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    Browser.screenshot(driver, "lot-tablet");
    driver.manage().window().setSize(new Dimension(1366, 768));
  }

  /** Ships one box of the lot and 1,000 loose rounds, created, approved and dispatched. */
  void shippedInABoxAndLoose(String lot, String shipment) {
    String box = commands.execute(WAREHOUSE, new PackagingRequests.Pack(lot, "L1", 1))[0].sscc();
    String auth = authorise("LAW-ENF", 5_000);
    commands.execute(
        new Actor("wh.first"),
        new ShipmentRequest(
            shipment,
            "LAW-ENF",
            auth,
            List.of(
                new ShipmentRequest.Line(null, null, null, box),
                new ShipmentRequest.Line(lot, 1_000L, "L1", null))));
    commands.execute(new Actor("wh.second"), new ShipmentCommands.Approve(shipment));
    commands.execute(new Actor("wh.first"), new ShipmentCommands.Dispatch(shipment));
  }

  @Test
  void aQualityUserRecordsTheResultsOfALotAwaitingInspection() {
    Made made = closedLot("L2");
    signIn("qa.browser");
    driver.get(url("/quality"));
    driver.findElement(By.linkText(made.lot())).click();
    WebElement form = waitFor(By.id("inspection-form"));
    for (WebElement d : form.findElements(By.name("d"))) {
      d.sendKeys("0");
    }
    Browser.screenshot(driver, "quality");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.id("quality-status"), "RELEASED"));
    assertThat(driver.findElement(By.id("decisions")).getText()).contains("ACCEPT");
    assertThat(driver.findElements(By.id("inspection-form"))).isEmpty();
  }

  @Test
  void theWarehouseShipsWithASecondPersonsApproval() throws Exception {
    Made made = releasedLot("L1");
    String auth = authorise("LAW-ENF", 8_000);
    signIn("wh.first");
    driver.get(url("/shipments"));
    WebElement form = driver.findElement(By.cssSelector("#create-shipment form"));
    form.findElement(By.name("id")).sendKeys("SH-BROWSER-1");
    new Select(form.findElement(By.name("authorisation"))).selectByValue(auth);
    new Select(form.findElement(By.name("customer"))).selectByValue("LAW-ENF");
    form.findElement(By.name("lines")).sendKeys(made.lot() + " 2500 L1");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement row = waitFor(By.id("shipment-SH-BROWSER-1"));
    assertThat(row.getText()).contains("CREATED").contains("awaiting a second person");

    signIn("wh.second");
    driver.get(url("/shipments"));
    driver.findElement(By.cssSelector("#shipment-SH-BROWSER-1 form.approve button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("shipment-message"), "approved"));
    driver.findElement(By.cssSelector("#shipment-SH-BROWSER-1 form.dispatch button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("shipment-SH-BROWSER-1"), "DISPATCHED"));
    assertThat(driver.findElement(By.id("shipment-SH-BROWSER-1")).getText())
        .contains("wh.second")
        .contains("dispatch note");
    Browser.screenshot(driver, "shipments");

    driver.manage().window().setSize(new Dimension(768, 1024));
    driver.get(url("/shipments"));
    assertThat(driver.findElement(By.id("shipment-SH-BROWSER-1")).getText()).contains("DISPATCHED");
    Number overflow =
        (Number)
            driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    Browser.screenshot(driver, "shipments-tablet");
    driver.manage().window().setSize(new Dimension(1366, 768));
  }
}
