package org.okrsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader does on the example site, by clicking links found by their visible text: every step
 * lands on the page it should, and no page logs a console error (script errors, CSP violations and
 * failed loads are all SEVERE).
 */
class NavigationBrowserTest extends BrowserTest {
  @AfterEach
  void noConsoleErrors() {
    if (browser == null) return;
    assertEquals(
        List.of(), browser.consoleErrors(), "console errors on " + browser.driver.getCurrentUrl());
    browser.js("localStorage.clear()");
  }

  @Test
  void walksFromTheCompanyDownToAPersonalObjective() {
    browser.open(site.http("index.html"));
    click("Organisation");
    assertHeading("Organisation");
    click("Acme Cloud");
    assertHeading("Acme Cloud");
    click("Product & Engineering");
    assertHeading("Product & Engineering");
    click("Growth");
    assertHeading("Growth");
    click("Mike Okafor");
    assertHeading("Mike Okafor");
    click("Become the Growth team's go-to person for trustworthy experiments");
    assertHeading("Become the Growth team's go-to person for trustworthy experiments");
    assertTrue(url().endsWith("cycles/2026-q4/objectives/mike-okafor-experimentation.html"), url());
  }

  @Test
  void opensAKeyResultsChartAndItsDataTable() {
    browser.open(site.http("cycles/2026-q4/objectives/growth-onboarding.html"));
    WebElement kr = browser.driver.findElement(By.id("kr-kr1"));
    WebElement chart = kr.findElement(By.cssSelector("figure.chart svg"));
    assertTrue(
        chart.isDisplayed() && chart.getSize().getHeight() > 100,
        "chart drawn: " + chart.getSize());
    assertTrue(chart.getAttribute("aria-labelledby") != null, "the chart has a text alternative");
    WebElement details = kr.findElement(By.cssSelector("details.chart-data"));
    WebElement table = details.findElement(By.tagName("table"));
    assertFalse(table.isDisplayed(), "data table starts closed");
    details.findElement(By.tagName("summary")).click();
    assertTrue(table.isDisplayed(), "Show data opens the table");
    assertTrue(table.findElements(By.cssSelector("tbody tr")).size() >= 2, "rows of check-in data");
  }

  /**
   * Search works served over HTTP and straight from the file system (it reads the page, not JSON).
   */
  @ParameterizedTest(name = "from {0}")
  @ValueSource(strings = {"http", "file"})
  void searchesForAKeyResultAndOpensIt(String scheme) {
    browser.open(address(scheme, "index.html"));
    WebElement box = browser.driver.findElement(By.id("q-top"));
    box.sendKeys("conversion", Keys.ENTER);
    waitUntil(d -> d.findElement(By.id("search-status")).getText().contains("match"));
    assertTrue(url().contains("search.html?q=conversion"), url());
    List<WebElement> shown =
        browser.driver.findElements(By.cssSelector("#search-list li")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertTrue(
        shown.size() >= 2 && shown.size() < 20, "a few hits, not the whole list: " + shown.size());
    click("KR2 — Self-serve conversion rate");
    assertHeading("Make self-serve onboarding so good that word-of-mouth becomes our #1 channel");
    assertTrue(url().endsWith("growth-onboarding.html#kr-kr2"), url());
  }

  @Test
  void darkModeToggleSwitchesAndIsRemembered() {
    browser.open(site.http("index.html"));
    WebElement toggle = browser.driver.findElement(By.id("theme-toggle"));
    assertTrue(toggle.isDisplayed(), "the toggle shows when JavaScript runs");
    assertEquals("Dark mode", toggle.getText());
    String lightBackground = background();
    toggle.click();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals("true", toggle.getAttribute("aria-pressed"));
    assertEquals("rgb(13, 17, 23)", background());
    click("Organisation");
    assertEquals(
        "dark",
        browser.js("return document.documentElement.getAttribute('data-theme')"),
        "remembered");
    assertEquals("dark", browser.js("return localStorage.getItem('okrsite-theme')"));
    browser.driver.findElement(By.id("theme-toggle")).click();
    assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(lightBackground, background());
  }

  @Test
  void readsThisWeeksUpdates() {
    browser.open(site.http("index.html"));
    click("This week");
    assertHeading("This week");
    assertTrue(url().endsWith("/this-week.html"), url());
    List<WebElement> checkIns = browser.driver.findElements(By.cssSelector(".checkin"));
    assertTrue(checkIns.size() >= 3, "check-ins of the week: " + checkIns.size());
    assertTrue(checkIns.get(0).isDisplayed());
  }

  @Test
  void opensAPastCycle() {
    browser.open(site.http("index.html"));
    click("Cycles");
    click("Q3 2026");
    assertHeading("Q3 2026");
    assertTrue(url().endsWith("cycles/2026-q3/index.html"), url());
    // and from a unit page, the same unit in the earlier cycle
    browser.open(site.http("cycles/2026-q4/units/growth.html"));
    click("Q3 2026");
    assertTrue(url().endsWith("cycles/2026-q3/units/growth.html"), url());
    assertHeading("Growth");
  }

  /** Every page of the site, served over HTTP: no script error, CSP violation or failed load. */
  @Test
  void noPageLogsAConsoleError() throws IOException {
    List<String> errors = new ArrayList<>();
    List<String> pages;
    try (Stream<Path> s = Files.walk(site.root)) {
      pages =
          s.map(p -> site.root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".html"))
              .sorted()
              .toList();
    }
    for (String page : pages) {
      browser.open(site.http(page));
      for (String e : browser.consoleErrors()) errors.add(page + ": " + e);
    }
    for (String page : PageTemplates.all().values()) {
      browser.open(site.file(page));
      for (String e : browser.consoleErrors()) errors.add("file://" + page + ": " + e);
    }
    assertEquals(List.of(), errors);
    assertTrue(pages.size() > 150, "pages: " + pages.size());
  }

  /** The check above would be worthless if the log were always empty: a CSP violation must show. */
  @Test
  void aCspViolationIsSeenAsAConsoleError(@TempDir Path tmp) throws IOException {
    Path page = tmp.resolve("bad.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Security-Policy\""
            + " content=\"script-src 'self'\"><title>bad</title></head><body><script>var x ="
            + " 1;</script></body></html>");
    browser.open(page.toUri().toString());
    List<String> errors = browser.consoleErrors();
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("Content Security Policy")), "seen: " + errors);
  }

  private String address(String scheme, String page) {
    return scheme.equals("file") ? site.file(page) : site.http(page);
  }

  private void click(String linkText) {
    String before = url();
    browser.driver.findElement(By.linkText(linkText)).click();
    waitUntil(d -> !d.getCurrentUrl().equals(before));
  }

  private void assertHeading(String start) {
    String h1 = browser.driver.findElement(By.tagName("h1")).getText();
    assertTrue(h1.startsWith(start), "on " + url() + " the heading is " + h1);
  }

  private String url() {
    return browser.driver.getCurrentUrl();
  }

  private String background() {
    return (String) browser.js("return getComputedStyle(document.body).backgroundColor");
  }

  private void waitUntil(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition::apply);
  }
}
