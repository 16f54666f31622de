package org.okrsite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.config.Settings;
import org.okrsite.model.Model;
import org.okrsite.publish.DueJson;
import org.okrsite.publish.Feeds;
import org.okrsite.publish.OkrsJson;
import org.okrsite.render.SiteRenderer;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.Scores;
import org.okrsite.site.OutputFiles;

/**
 * The render stage: every file of a checked site (feeds, pages and charts, {@code data/okrs.json})
 * into an {@link OutputFiles}, on disk (staged) or in memory.
 *
 * <p>Behind this face: {@code okrs.json} needs nothing the pages make, so a build on disk writes it
 * on a thread of its own meanwhile, which keeps both cores busy while a page family renders on one.
 * A build in memory (the development server's) writes it after the pages instead: an edit's quick
 * path then shares the cores with one thread of a background build fewer, and a cancelled build
 * never starts it.
 *
 * <pre>{@code
 * SiteFiles.Charts drawn = SiteFiles.render(new SiteFiles.Site(model, scores, review, settings, asOf, source),
 *     charts, out, stage -> {});
 * }</pre>
 */
public final class SiteFiles {
  private SiteFiles() {}

  /**
   * What the render stage renders: a checked, scored and reviewed model, and where its theme
   * overrides are.
   */
  public record Site(
      Model model,
      Scores scores,
      ReviewResult review,
      Settings settings,
      LocalDate asOf,
      Path source) {}

  /**
   * The charts of one render: drawn (not in the cache), taken from the cache, and the drawing time.
   */
  public record Charts(long drawn, long cached, long drawingMillis) {}

  /**
   * Renders {@code site} into {@code out}. {@code stageDone} hears {@code "feeds"}, {@code
   * "render"} and {@code "json"} as each part finishes, on the calling thread.
   */
  public static Charts render(
      Site site, ChartRenderer charts, OutputFiles out, Consumer<String> stageDone) {
    Runnable writeJson =
        () -> {
          out.stream(
              OkrsJson.PATH,
              w ->
                  OkrsJson.write(
                      site.model(), site.scores(), site.review(), site.settings().title(), w));
          DueJson.write(site.model(), site.settings(), site.asOf(), out);
        };
    boolean inMemory = out.directory() == null;
    CompletableFuture<Void> json =
        inMemory
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(
                writeJson,
                runnable -> {
                  Thread t = new Thread(runnable, "okrsite-json");
                  t.setDaemon(true);
                  t.start();
                });
    Charts drawn;
    try {
      // feeds first, so that pages can link to the feeds that exist
      Feeds.render(site.model(), site.settings(), site.asOf(), out);
      stageDone.accept("feeds");
      long hits = charts.cache().hits();
      long misses = charts.cache().misses();
      long nanos = charts.drawingNanos();
      SiteRenderer.render(
          site.model(), site.scores(), site.review(), site.settings(), site.source(), charts, out);
      drawn =
          new Charts(
              charts.cache().misses() - misses,
              charts.cache().hits() - hits,
              (charts.drawingNanos() - nanos) / 1_000_000);
      stageDone.accept("render");
    } finally {
      awaitQuietly(json);
    }
    join(json);
    if (inMemory) writeJson.run();
    stageDone.accept("json");
    return drawn;
  }

  /**
   * Waits for okrs.json even when rendering failed, so that nothing writes after the build returns.
   */
  private static void awaitQuietly(CompletableFuture<Void> json) {
    try {
      json.join();
    } catch (RuntimeException e) {
      // reported by join when rendering succeeded
    }
  }

  /** okrs.json's failure, as if it had been written on this thread. */
  private static void join(CompletableFuture<Void> json) {
    try {
      json.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
