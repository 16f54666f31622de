package org.okrsite;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Times the consecutive stages of one run for {@link SiteBuilder.Progress#timed}, and stops the run
 * between two stages when it has been cancelled (the development server cancels a build an edit has
 * made out of date).
 */
final class Stages {
  private final SiteBuilder.Progress progress;
  private final BooleanSupplier cancelled;
  private long start = System.nanoTime();

  Stages(SiteBuilder.Progress progress, BooleanSupplier cancelled) {
    this.progress = progress;
    this.cancelled = cancelled;
  }

  SiteBuilder.Progress progress() {
    return progress;
  }

  /** The stage that started at the last call (or {@link #restart}) is done. */
  void done(String stage) {
    if (cancelled.getAsBoolean()) throw new CancellationException("build cancelled after " + stage);
    long now = System.nanoTime();
    progress.timed(stage, (now - start) / 1_000_000);
    start = now;
  }

  /** The next stage starts now. */
  void restart() {
    start = System.nanoTime();
  }
}
