package org.okrsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the pages lay out: no page template scrolls sideways on a 375 px phone, and full-page
 * screenshots of the key pages at phone and desktop width, in both themes, land in {@code
 * target/screenshots/} for a person to look at.
 */
class LayoutBrowserTest extends BrowserTest {
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Map<String, String> KEY_PAGES =
      Map.of(
          "home", "index.html",
          "objective", "cycles/2026-q4/objectives/growth-onboarding.html",
          "unit", "cycles/2026-q4/units/growth.html",
          "this-week", "this-week.html");

  @AfterEach
  void desktopAgain() {
    if (browser == null) return;
    browser.viewport(Browser.DESKTOP);
  }

  @Test
  void noPageTemplateScrollsSidewaysAtPhoneWidth() {
    browser.viewport(Browser.PHONE);
    List<String> wide = new ArrayList<>();
    for (var e : PageTemplates.all().entrySet()) {
      browser.open(site.http(e.getValue()));
      // clientWidth is the layout viewport without a scrollbar; innerWidth includes one.
      List<?> w =
          (List<?>)
              browser.js(
                  "var d = document.documentElement;"
                      + " return [d.scrollWidth, d.clientWidth, window.innerWidth];");
      long scroll = (Long) w.get(0), client = (Long) w.get(1), inner = (Long) w.get(2);
      if (scroll > client || scroll > inner) {
        wide.add(
            e.getKey()
                + " ("
                + e.getValue()
                + "): "
                + scroll
                + " px wide in "
                + client
                + " px, widest: "
                + browser.js(WIDEST, client));
      }
    }
    assertEquals(List.of(), wide);
  }

  @Test
  void screenshotsOfKeyPagesAtPhoneAndDesktopWidth() {
    int saved = 0;
    for (Browser.Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
      browser.viewport(size);
      for (String theme : List.of("light", "dark")) {
        for (var e : KEY_PAGES.entrySet()) {
          browser.open(site.http(e.getValue()));
          browser.theme(theme);
          String name = e.getKey() + "-" + size.width() + "-" + theme + ".png";
          browser.screenshot(SHOTS.resolve(name));
          assertTrue(Files.isRegularFile(SHOTS.resolve(name)), name);
          saved++;
        }
      }
    }
    assertEquals(16, saved);
    assertEquals(List.of(), browser.consoleErrors());
  }

  // Names the elements that stick out past the viewport, for the failure message.
  private static final String WIDEST =
      "var max = arguments[0], out = []; document.querySelectorAll('main *, header *, footer"
          + " *').forEach(function (el) {  var r = el.getBoundingClientRect(); if (r.right > max +"
          + " 0.5 && out.length < 5)   out.push(el.tagName.toLowerCase() + (el.className &&"
          + " el.className.baseVal === undefined ? '.' + el.className : '') + ' ' +"
          + " Math.round(r.right)); }); return out.join(', ');";
}
