package org.okrsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core on one page of every template, in the light and the dark theme: no serious or critical
 * violation (colour contrast, names, labels, landmarks, …); and the keyboard alone reaches every
 * visible link. Every page is also checked for console errors.
 */
class AccessibilityBrowserTest extends BrowserTest {
  static Stream<Arguments> templates() {
    return PageTemplates.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} light")
  @MethodSource("templates")
  void noSeriousViolationsInTheLightTheme(String kind, String page) {
    assertAxeClean(page, "light");
  }

  @ParameterizedTest(name = "{0} dark")
  @MethodSource("templates")
  void noSeriousViolationsInTheDarkTheme(String kind, String page) {
    assertAxeClean(page, "dark");
  }

  /** At phone width tables scroll inside their wrapper, which brings in other rules. */
  @ParameterizedTest(name = "{0} phone")
  @MethodSource("templates")
  void noSeriousViolationsAtPhoneWidth(String kind, String page) {
    browser.viewport(Browser.PHONE);
    try {
      assertAxeClean(page, "light");
    } finally {
      browser.viewport(Browser.DESKTOP);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void tabReachesEveryVisibleLink(String kind, String page) {
    browser.open(site.http(page));
    // Number the links a reader can see; then press TAB until focus comes round again.
    long visible =
        (Long)
            browser.js(
                "var n = 0; document.querySelectorAll('a[href]').forEach(function (a) {"
                    + " var closed = a.closest('details:not([open])');"
                    // inside a closed disclosure a link is hidden (Chromium keeps its boxes:
                    // content-visibility)
                    + " if (closed && !a.closest('summary')) return; if (a.getClientRects().length"
                    + " > 0 && getComputedStyle(a).visibility !== 'hidden') a.dataset.kbd = n++;"
                    + " }); document.activeElement.blur(); return n;");
    List<String> reached = new ArrayList<>();
    Actions keys = new Actions(browser.driver);
    for (int i = 0; i < visible * 2 + 40; i++) {
      keys.sendKeys(Keys.TAB).perform();
      String k =
          (String)
              browser.js(
                  "var a = document.activeElement; return a && a.dataset.kbd !== undefined ?"
                      + " a.dataset.kbd : (a === document.body ? 'body' : '');");
      if (k.equals("body") || reached.contains(k)) break;
      if (!k.isEmpty()) reached.add(k);
    }
    assertEquals(
        visible, reached.size(), page + ": links reached by TAB of " + visible + " visible");
    assertEquals(List.of(), browser.consoleErrors(), "console errors on " + page);
  }

  private void assertAxeClean(String page, String theme) {
    browser.open(site.http(page));
    browser.theme(theme);
    assertEquals(theme, browser.js("return document.documentElement.getAttribute('data-theme')"));
    List<String> found = Axe.seriousViolations(browser);
    assertEquals(List.of(), found, page + " in the " + theme + " theme");
    assertEquals(List.of(), browser.consoleErrors(), "console errors on " + page);
  }
}
