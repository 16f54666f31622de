package org.okrsite.cli;

import java.io.PrintWriter;
import org.okrsite.SiteBuilder;

/**
 * Shows how far a build has got. On a terminal one status line is rewritten in place (files
 * loaded, files written); in CI logs (no console) it stays silent unless {@code --verbose}, and
 * then prints one line per stage, never one per file.
 */
final class ProgressPrinter implements SiteBuilder.Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private boolean open;
  private long lastDraw;

  private ProgressPrinter(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** The progress for this run: live on a terminal, per stage with --verbose, else none. */
  static SiteBuilder.Progress of(PrintWriter err, boolean verbose) {
    if (System.console() != null) return new ProgressPrinter(err, true);
    return verbose ? new ProgressPrinter(err, false) : SiteBuilder.Progress.NONE;
  }

  @Override
  public void step(String stage, int done, int total) {
    String text = switch (stage) {
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

  /** Ends the status line so that what follows starts on a fresh line. */
  void finish() {
    if (open) {
      err.print("\r\033[2K");
      err.flush();
      open = false;
    }
  }

  /** Finishes a progress returned by {@link #of}, if it draws. */
  static void finish(SiteBuilder.Progress p) {
    if (p instanceof ProgressPrinter pp) pp.finish();
  }
}
