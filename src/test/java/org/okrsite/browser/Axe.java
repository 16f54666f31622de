package org.okrsite.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, run inside the page under test. It comes from the npm
 * registry, not from Maven: {@code .ci/run} installs it into {@code target/axe/} and, when it is
 * missing there, {@link #source()} runs the same {@code npm install} once. Without npm (or the
 * network) the tests skip outside CI and fail in CI, like a missing browser.
 */
final class Axe {
  static final Path HOME = Path.of("target", "axe");
  static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");
  static final List<String> INSTALL =
      List.of(
          "npm",
          "install",
          "--no-save",
          "--no-package-lock",
          "--no-audit",
          "--no-fund",
          "--prefix",
          HOME.toString(),
          "axe-core@4");

  // Runs every axe rule that is on by default (WCAG 2 A/AA, incl. colour contrast, and best
  // practices) and keeps the serious and critical violations, one line per rule with its targets.
  private static final String RUN =
      String.join(
          "\n",
          "var done = arguments[arguments.length - 1];",
          "axe.run(document, {resultTypes: ['violations']}).then(function (r) {",
          "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact ==="
              + " 'critical'; })",
          "    .map(function (v) {",
          "      return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0,"
              + " 5).map(function (n) {",
          "        return n.target.join(' ') + ' [' + (n.any.concat(n.all).map(function (c) {"
              + " return c.message; }).join('; ')) + ']';",
          "      }).join(' | ') + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' :"
              + " '');",
          "    }));",
          "}, function (e) { done(['axe failed: ' + e]); });");

  private static String source;
  private static String notInstalled;

  private Axe() {}

  /** axe.min.js, installed with npm into target/axe on first use. */
  static synchronized String source() {
    if (source != null) return source;
    Browser.require(notInstalled == null, notInstalled); // npm is tried once per run, not per page
    try {
      if (!Files.isRegularFile(SCRIPT)) install();
      source = Files.readString(SCRIPT);
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serious and critical violations on the page the browser shows (axe is injected first). */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Browser browser) {
    browser.js(source());
    return (List<String>) browser.driver.executeAsyncScript(RUN);
  }

  private static void install() throws IOException {
    Files.createDirectories(HOME);
    Process p;
    try {
      p =
          new ProcessBuilder(INSTALL)
              .redirectErrorStream(true)
              .redirectOutput(HOME.resolve("npm-install.log").toFile())
              .start();
    } catch (IOException e) {
      notInstalled = "npm is needed to fetch axe-core: " + e.getMessage();
      Browser.require(false, notInstalled);
      return;
    }
    boolean ended;
    try {
      ended = p.waitFor(3, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while installing axe-core", e);
    }
    if (!ended) p.destroyForcibly();
    if (!Files.isRegularFile(SCRIPT)) {
      notInstalled =
          String.join(" ", INSTALL)
              + " did not install "
              + SCRIPT
              + "; see "
              + HOME.resolve("npm-install.log");
      Browser.require(false, notInstalled);
    }
  }
}
