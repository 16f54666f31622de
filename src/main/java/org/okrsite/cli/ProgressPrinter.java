package org.okrsite.cli;

import java.io.PrintWriter;
import org.okrsite.SiteBuilder;

/**
 * Shows how far a build has got. On a terminal one status line is rewritten in place (files loaded,
 * files written); in CI logs (no console) it stays silent unless {@code --verbose}, and then prints
 * one line per stage, never one per file.
 */
final class ProgressPrinter implements SiteBuilder.Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private boolean open;
  private long lastDraw;
  private final StringBuilder stages = new StringBuilder();

  private final boolean verbose;

  private ProgressPrinter(PrintWriter err, boolean terminal, boolean verbose) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
  }

  /** The progress for this run: live on a terminal, per stage with --verbose, else none. */
  static SiteBuilder.Progress of(PrintWriter err, boolean verbose) {
    if (System.console() != null) return new ProgressPrinter(err, true, verbose);
    return verbose ? new ProgressPrinter(err, false, true) : SiteBuilder.Progress.NONE;
  }

  @Override
  public void step(String stage, int done, int total) {
    String text =
        switch (stage) {
          case "load" -> "Loaded " + done + " documents";
          case "render" -> "Rendered " + done + " files";
          case "write" -> "Wrote " + done + "/" + total + " files";
          default -> stage + " " + done + "/" + total;
        };
    if (!terminal) {
      if (!stage.equals("write") || done == total) err.println(text);
      err.flush();
      return;
    }
    long now = System.nanoTime();
    // Redraw at most every 50 ms; always draw the end of a stage.
    if (done != total && now - lastDraw < 50_000_000L) return;
    lastDraw = now;
    err.print("\r\033[2K" + text);
    open = true;
    err.flush();
  }

  @Override
  public void timed(String stage, long millis) {
    stages
        .append(stages.length() == 0 ? "stages: " : " ")
        .append(stage)
        .append('=')
        .append(millis)
        .append("ms");
  }

  @Override
  public void charts(long drawn, long cached, long drawingMillis) {
    charts =
        "charts: "
            + drawn
            + " drawn in "
            + drawingMillis
            + "ms"
            + (drawn == 0
                ? ""
                : String.format(
                    java.util.Locale.ROOT, " (%.1f ms/chart)", drawingMillis / (double) drawn))
            + ", "
            + cached
            + " from the cache";
  }

  private String charts;

  /**
   * Ends the status line so that what follows starts on a fresh line; verbose runs print the stage
   * times.
   */
  void finish() {
    if (open) {
      err.print("\r\033[2K");
      err.flush();
      open = false;
    }
    if (verbose && stages.length() > 0) {
      err.println(stages);
      if (charts != null) err.println(charts);
      err.flush();
    }
  }

  /** Finishes a progress returned by {@link #of}, if it draws. */
  static void finish(SiteBuilder.Progress p) {
    if (p instanceof ProgressPrinter pp) pp.finish();
  }
}
