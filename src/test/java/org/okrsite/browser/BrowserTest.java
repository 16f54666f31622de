package org.okrsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Chromium per test class and the example site built once per JVM: what every browser test
 * class shares. Without Chromium, each test is skipped with the reason (outside CI) or fails (in
 * CI).
 */
abstract class BrowserTest {
  static Browser browser;
  static ExampleSite site;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.startIfInstalled();
    if (browser != null) site = ExampleSite.get();
  }

  @BeforeEach
  void needsTheBrowser() {
    Browser.assumeStarted(browser);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.close();
    browser = null;
  }
}
