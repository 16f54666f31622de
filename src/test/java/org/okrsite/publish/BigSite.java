package org.okrsite.publish;

import java.nio.file.Path;
import java.util.Locale;
import org.okrsite.site.OutputFiles;

/**
 * A child-process entry point for the kill test: publishes a site of many files whose bytes name
 * their generation, so a mix of two generations is visible.
 */
public final class BigSite {
  static final int FILES = 800;

  private BigSite() {}

  /** The files of one generation. */
  static OutputFiles of(String generation) {
    OutputFiles out = new OutputFiles();
    String filler = "x".repeat(1_000);
    for (int i = 0; i < FILES; i++) {
      String dir = String.format(Locale.ROOT, "teams/t%02d", i % 40);
      out.text(dir + "/p" + i + ".html", generation + " " + i + " " + filler);
    }
    out.text("index.html", "generation " + generation);
    return out;
  }

  /** {@code BigSite OUTPUT GENERATION}: publishes, then exits 0. */
  public static void main(String[] args) throws Exception {
    SiteWriter.write(Path.of(args[0]), of(args[1]), false);
  }
}
