package org.okrsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.okrsite.chart.ChartCache;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.check.ModelChecks;
import org.okrsite.check.SeverityPolicy;
import org.okrsite.config.Settings;
import org.okrsite.config.SettingsReader;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.FileCache;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Severity;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.link.EarlyCheckIns;
import org.okrsite.link.Linker;
import org.okrsite.model.Model;
import org.okrsite.publish.Feeds;
import org.okrsite.publish.OkrsJson;
import org.okrsite.publish.OutputFiles;
import org.okrsite.publish.SiteWriter;
import org.okrsite.render.SiteRenderer;
import org.okrsite.review.GitGoalHistory;
import org.okrsite.review.Review;
import org.okrsite.review.ReviewResult;
import org.okrsite.review.ReviewSettings;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;

/**
 * The pipeline, in order: load → settings → link → check → score → review → render → publish. Content errors
 * stop it before anything is written.
 *
 * <pre>{@code
 * SiteBuilder.Result r = SiteBuilder.build(new SiteBuilder.Options(
 *     Path.of("content"), Path.of("public"), LocalDate.parse("2026-11-23"), false, false, false));
 * }</pre>
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * What to build.
   *
   * @param asOf the date the site is built as of; null for today in the site's time zone
   */
  public record Options(Path source, Path output, LocalDate asOf, boolean drafts, boolean strict, boolean clean) {}

  /** What a run found and did. */
  public record Result(
      List<Diagnostic> diagnostics, Settings settings, Model model, Scores scores, ReviewResult review,
      LocalDate asOf, int filesWritten) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Hears how far a long build has got. Called on the building thread; implementations print, they
   * do not decide anything.
   */
  @FunctionalInterface
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = (stage, done, total) -> {};

    /**
     * One step of a stage: {@code "load"} (documents read), {@code "render"} (files produced) or
     * {@code "write"} (files written; called per file).
     */
    void step(String stage, int done, int total);

    /**
     * A stage finished after {@code millis} of wall time: load, settings, link, check, score,
     * review, feeds, render (pages and charts), json, publish.
     */
    default void timed(String stage, long millis) {}

    /** Charts of the render stage: drawn (not in the cache), taken from the cache, and drawing time. */
    default void charts(long drawn, long cached, long drawingMillis) {}
  }

  /** Times consecutive stages for {@link Progress#timed}. */
  private static final class StageClock {
    private final Progress progress;
    private final java.util.function.BooleanSupplier cancelled;
    private long start = System.nanoTime();

    StageClock(Progress progress) {
      this(progress, () -> false);
    }

    StageClock(Progress progress, java.util.function.BooleanSupplier cancelled) {
      this.progress = progress;
      this.cancelled = cancelled;
    }

    void done(String stage) {
      if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("build cancelled after " + stage);
      long now = System.nanoTime();
      progress.timed(stage, (now - start) / 1_000_000);
      start = now;
    }
  }

  /** A checked site and, when the content had no errors, its files in memory (else null). */
  public record Rendered(Result result, OutputFiles files) {}

  /** Validates and scores the content without writing anything. */
  public static Result check(Options o) {
    return check(o, Progress.NONE);
  }

  /** Validates and scores the content without writing anything, reporting progress. */
  public static Result check(Options o, Progress progress) {
    return check(o, progress, null);
  }

  /**
   * What a long-running process (the development server) keeps between builds so that a rebuild
   * redoes only what changed: parsed files whose size and time are unchanged, and drawn charts.
   */
  public record BuildCache(FileCache files, ChartRenderer charts, java.util.concurrent.atomic.AtomicBoolean cancel) {
    public static BuildCache create() {
      return new BuildCache(new FileCache(), SiteBuilder.charts(), new java.util.concurrent.atomic.AtomicBoolean());
    }

    /**
     * Stops a build that is running with this cache at its next stage or file, with a {@link
     * java.util.concurrent.CancellationException}: the development server does this when an edit
     * makes the build in progress out of date, so the edit does not share the cores with it.
     */
    public void cancelRunningBuild() {
      cancel.set(true);
    }

    /** Lets the next build run (a cancel applies to the build that was running). */
    public void clearCancel() {
      cancel.set(false);
    }
  }

  private static Result check(Options o, Progress progress, BuildCache cache) {
    java.util.function.BooleanSupplier cancelled = cache == null ? () -> false : cache.cancel()::get;
    Diagnostics d = new Diagnostics();
    if (!Files.isDirectory(o.source())) {
      d.error(SourcePosition.ofFile("."), "source-missing", "source folder '" + o.source() + (Files.exists(o.source()) ? "' is not a folder" : "' does not exist"),
          "pass the folder that holds your OKR files with -s DIR, or create one with 'okrsite init DIR'");
      return new Result(d.sorted(), Settings.defaults(), null, null, null, o.asOf(), 0);
    }
    StageClock clock = new StageClock(progress, cancelled);
    // A one-off build reads check-ins as they are parsed and keeps no YAML tree of them; the
    // development server keeps whole documents in its file cache and reads them when it links.
    EarlyCheckIns early = cache == null ? new EarlyCheckIns(settingsAhead(o.source()), d) : null;
    List<SourceDocument> docs = ContentLoader.load(o.source(), d, cache == null ? null : cache.files(),
        early == null ? null : early::apply);
    progress.step("load", docs.size(), docs.size());
    clock.done("load");
    SourceDocument siteYaml = docs.stream().filter(x -> x.path().equals(SettingsReader.FILE)).findFirst().orElse(null);
    Settings settings = SettingsReader.read(siteYaml, d);
    if (early != null && !early.settings().equals(settings)) {
      // site.yaml changed while the content was read: read it all again, the slow way
      return check(o, progress, BuildCache.create());
    }
    LocalDate asOf = o.asOf() != null ? o.asOf() : LocalDate.now(settings.timeZone());
    // the linker lets go of each document (its YAML tree) once it has read it; nothing here keeps them
    List<SourceDocument> toLink = new java.util.ArrayList<>(docs);
    docs = null;
    Model model = Linker.linkReleasing(toLink, settings, asOf, o.drafts(), d, early);
    early = null; // the check-ins as read, before linking: the model has them now
    clock.done("link");
    ModelChecks.run(model, d);
    clock.done("check");
    Scores scores = Scorer.score(model, settings, asOf);
    clock.done("score");
    ReviewResult review = Review.run(model, scores, settings, reviewSettings(siteYaml, d),
        GitGoalHistory.read(o.source()), d);
    clock.done("review");
    List<Diagnostic> ds = new SeverityPolicy(settings.ruleSeverities(), o.strict()).apply(d.sorted());
    return new Result(ds, settings, model, scores, review, asOf, 0);
  }

  /**
   * The settings of {@code site.yaml}, read before the rest of the content (problems are reported
   * when it is read again with the rest); the defaults when it is missing or unreadable.
   */
  private static Settings settingsAhead(Path source) {
    Path file = source.resolve(SettingsReader.FILE);
    Diagnostics ignored = new Diagnostics();
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > ContentLoader.MAX_FILE_BYTES) return Settings.defaults();
      List<SourceDocument> parsed = ContentLoader.parse(SettingsReader.FILE, Files.readAllBytes(file), ignored);
      return SettingsReader.read(parsed.isEmpty() ? null : parsed.get(0), ignored);
    } catch (IOException e) {
      return Settings.defaults();
    }
  }

  private static ReviewSettings reviewSettings(SourceDocument siteYaml, Diagnostics d) {
    YamlMapping block = siteYaml == null ? null
        : siteYaml.data().get("review").filter(v -> v instanceof YamlMapping).map(v -> (YamlMapping) v).orElse(null);
    return ReviewSettings.read(block, d);
  }

  /**
   * Checks, then renders the site in memory when the content has no errors; writes nothing. The
   * development server serves these files.
   */
  public static Rendered render(Options o, Progress progress) {
    return render(o, progress, null);
  }

  /** Like {@link #render(Options, Progress)}, reusing what {@code cache} holds from earlier builds. */
  public static Rendered render(Options o, Progress progress, BuildCache cache) {
    Result r = check(o, progress, cache);
    if (r.hasErrors()) return new Rendered(r, null);
    OutputFiles out = new OutputFiles();
    if (cache != null) out.cancelWhen(cache.cancel()::get);
    renderInto(o, r, out, progress, cache != null ? cache.charts() : charts());
    return new Rendered(r, out);
  }

  /** Renders a checked site's files into {@code out}. */
  private static void renderInto(Options o, Result r, OutputFiles out, Progress progress, ChartRenderer charts) {
    StageClock clock = new StageClock(progress);
    // okrs.json needs nothing the pages make: it is written on a thread of its own meanwhile, which
    // keeps both cores busy where a page family is rendered on one
    // (a build in memory, for the development server, writes it after the pages instead: an edit's
    // quick path then shares the cores with one thread of a background build fewer, and a cancelled
    // build never starts it)
    Runnable writeJson = () -> out.stream(OkrsJson.PATH, w -> OkrsJson.write(r.model(), r.scores(), r.review(), r.settings().title(), w));
    boolean inMemory = out.directory() == null;
    java.util.concurrent.CompletableFuture<Void> json = inMemory ? java.util.concurrent.CompletableFuture.completedFuture(null)
        : java.util.concurrent.CompletableFuture.runAsync(writeJson, runnable -> {
          Thread t = new Thread(runnable, "okrsite-json");
          t.setDaemon(true);
          t.start();
        });
    try {
      // Feeds first, so that pages can link to the feeds that exist.
      Feeds.render(r.model(), r.settings(), r.asOf(), out);
      clock.done("feeds");
      long hits = charts.cache().hits();
      long misses = charts.cache().misses();
      long nanos = charts.drawingNanos();
      SiteRenderer.render(r.model(), r.scores(), r.review(), r.settings(), o.source(), charts, out);
      clock.done("render");
      progress.charts(charts.cache().misses() - misses, charts.cache().hits() - hits,
          (charts.drawingNanos() - nanos) / 1_000_000);
    } finally {
      awaitQuietly(json);
    }
    joinJson(json);
    if (inMemory) writeJson.run();
    clock.done("json");
    progress.step("render", out.size(), out.size());
  }

  /** Waits for okrs.json even when rendering failed, so that nothing writes after the build returns. */
  private static void awaitQuietly(java.util.concurrent.CompletableFuture<Void> json) {
    try {
      json.join();
    } catch (RuntimeException e) {
      // reported by joinJson when rendering succeeded
    }
  }

  /** okrs.json's failure, as if it had been written on this thread. */
  private static void joinJson(java.util.concurrent.CompletableFuture<Void> json) {
    try {
      json.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** Where drawn charts persist across builds: {@code -Dokrsite.cacheDir} or {@code OKRSITE_CACHE_DIR}. */
  public static final String CACHE_DIR_PROPERTY = "okrsite.cacheDir";

  public static final String CACHE_DIR_ENV = "OKRSITE_CACHE_DIR";

  /**
   * A chart renderer for one build. Its cache lives in memory for the build, so a chart shown on
   * several pages is drawn once; when the system property {@value #CACHE_DIR_PROPERTY} or the
   * environment variable {@value #CACHE_DIR_ENV} names a folder, drawings are also kept in its
   * {@code charts/} subfolder and unchanged charts are not drawn again by later builds.
   */
  static ChartRenderer charts() {
    String dir = System.getProperty(CACHE_DIR_PROPERTY);
    if (dir == null || dir.isBlank()) dir = System.getenv(CACHE_DIR_ENV);
    if (dir == null || dir.isBlank()) return new ChartRenderer(ChartCache.inMemory());
    return new ChartRenderer(ChartCache.inDirectory(Path.of(dir).resolve("charts")));
  }

  /**
   * The swap replaces the whole output folder, so it must not be, or hold, the source folder: the
   * content would end up inside the site (carried over) rather than stay where it was.
   */
  private static void refuseToPublishOver(Path source, Path output) throws IOException {
    Path src = source.toAbsolutePath().normalize();
    Path out = output.toAbsolutePath().normalize();
    if (src.startsWith(out)) {
      throw new IOException("the output folder " + out + " holds the source folder " + src
          + "; choose another output folder with -o");
    }
  }

  /** Checks, then renders and publishes the site when the content has no errors. */
  public static Result build(Options o) throws IOException {
    return build(o, Progress.NONE);
  }

  /**
   * Like {@link #build(Options)}, reporting progress. Pages are written into a staging folder as
   * they are rendered (memory stays flat however large the site), under the output's lock, and
   * swapped in whole at the end; files unchanged since the last build are hard links to it.
   */
  public static Result build(Options o, Progress progress) throws IOException {
    Result r = check(o, progress, null);
    if (r.hasErrors()) return r;
    refuseToPublishOver(o.source(), o.output());
    Path previous = o.output().toAbsolutePath().normalize();
    long[] publishStart = new long[1];
    int n = SiteWriter.publish(o.output(), o.clean(), staging -> {
      OutputFiles out = OutputFiles.staged(staging, java.nio.file.Files.isDirectory(previous) ? previous : null);
      try {
        renderInto(o, r, out, progress, charts());
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      publishStart[0] = System.nanoTime();
      return out.paths();
    });
    progress.timed("publish", (System.nanoTime() - publishStart[0]) / 1_000_000);
    return new Result(r.diagnostics(), r.settings(), r.model(), r.scores(), r.review(), r.asOf(), n);
  }
}
