package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Whether Hugo is installed, and which. */
final class Hugo {
  private Hugo() {}

  /** {@code hugo version}'s first line, or null when Hugo is not on the PATH. */
  static String version() {
    try {
      Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? out.lines().findFirst().orElse("hugo") : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
