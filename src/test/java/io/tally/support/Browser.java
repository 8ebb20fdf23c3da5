package io.tally.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, never a downloaded one. In CI
 * (CI=true) a missing browser fails the test; elsewhere it is skipped with the reason.
 */
public final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  public static ChromeDriver start(int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String why =
          "Chromium and chromedriver are needed at "
              + CHROMIUM
              + " and "
              + DRIVER
              + " (Debian packages chromium, chromium-driver)";
      if (Postgres.required()) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
    try {
      Path profile = Files.createTempDirectory("tally-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--disable-quic",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in through the form and waits until the sign-in page is left, so the next page is not
   * requested before the session exists.
   */
  public static void signIn(ChromeDriver driver, String baseUrl, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/login");
    driver.findElement(org.openqa.selenium.By.name("username")).sendKeys(user);
    driver.findElement(org.openqa.selenium.By.name("password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Writes a screenshot under target/screenshots. */
  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
