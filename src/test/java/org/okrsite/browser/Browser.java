package org.okrsite.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for one test class (start-up takes a second or two), with the few things
 * the tests ask of it: open a page, read the console, switch viewport and theme, take screenshots.
 *
 * <p>It uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with
 * {@code -Dokrsite.chromium=…} and {@code -Dokrsite.chromedriver=…}) and never downloads a driver
 * or a browser. Where they are missing the calling tests are skipped, unless the environment
 * variable {@code CI} is set: CI installs them, so there a missing browser is a failure.
 */
final class Browser implements AutoCloseable {
  static final Dimension PHONE = new Dimension(375, 812);
  static final Dimension DESKTOP = new Dimension(1366, 900);

  /** Flags that start Chromium quietly on a closed network (no update, sync or metrics calls). */
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--force-color-profile=srgb");

  // Selenium knows CDP versions up to a few behind Chromium's and warns at every start; only
  // Emulation and Page commands are used, through chromedriver, and those are stable. Held in a
  // field because the logging framework keeps loggers only weakly.
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  /** A viewport size in CSS pixels. */
  record Dimension(int width, int height) {}

  private static String notInstalled;

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts Chromium at desktop size; where it is not installed returns null outside CI (each test
   * then calls {@link #assumeStarted}, so JUnit reports it skipped with the reason) and fails in
   * CI.
   */
  static Browser startIfInstalled() {
    Path chromium = Path.of(System.getProperty("okrsite.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("okrsite.chromedriver", "/usr/bin/chromedriver"));
    for (Path p : List.of(chromium, chromedriver)) {
      if (Files.isExecutable(p)) continue;
      notInstalled = p + " not found (apt-get install chromium chromium-driver)";
      if (System.getenv("CI") != null)
        throw new AssertionError("CI is set, so browser tests must run: " + notInstalled);
      return null;
    }
    // Keep Selenium Manager out of it: the driver is named, and it must not go online.
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    System.setProperty("SE_OFFLINE", "true");
    CDP_LOG.setLevel(Level.SEVERE);
    try {
      Path profile = Files.createTempDirectory("okrsite-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(FLAGS);
      options.addArguments("--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(chromedriver.toFile())
              .usingAnyFreePort()
              .withLogOutput(OutputStream.nullOutputStream())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      Browser b = new Browser(driver, profile);
      b.viewport(DESKTOP);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the calling test, with the reason, when {@link #startIfInstalled} found no browser. */
  static void assumeStarted(Browser browser) {
    Assumptions.assumeTrue(browser != null, () -> "browser tests skipped: " + notInstalled);
  }

  /**
   * Skips (outside CI) or fails (when the environment variable CI is set) unless {@code present}.
   */
  static void require(boolean present, String reason) {
    if (present) return;
    if (System.getenv("CI") != null)
      throw new AssertionError("CI is set, so browser tests must run: " + reason);
    Assumptions.abort("browser tests skipped: " + reason);
  }

  /** Opens a URL and waits for its load event (the site's scripts run on DOMContentLoaded). */
  void open(String url) {
    driver.get(url);
  }

  /** Runs a script in the page and returns its result. */
  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Console messages at SEVERE since the last call (JavaScript errors, CSP violations, failed
   * loads).
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Fixes the viewport (CSS pixels, scale 1); phone widths are emulated as a mobile device. */
  void viewport(Dimension size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            size.width(),
            "height",
            size.height(),
            "deviceScaleFactor",
            1,
            "mobile",
            size.width() < 600));
  }

  /** Pins the theme the way the toggle does (localStorage) and reloads; null forgets it. */
  void theme(String theme) {
    js(
        theme == null
            ? "localStorage.removeItem('okrsite-theme')"
            : "localStorage.setItem('okrsite-theme', arguments[0])",
        theme);
    driver.navigate().refresh();
  }

  /** Saves a PNG of the whole page (up to 8000 px tall) at the current viewport width. */
  void screenshot(Path png) {
    Number w = (Number) js("return document.documentElement.scrollWidth");
    Number h = (Number) js("return Math.min(document.documentElement.scrollHeight, 8000)");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
    try {
      Files.createDirectories(png.getParent());
      Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // the profile is in the temp folder; leaving it behind is harmless
      }
    }
  }
}
