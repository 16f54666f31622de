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
import org.okrsite.content.FileCache;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.Severity;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.link.Linker;
import org.okrsite.link.LoadedContent;
import org.okrsite.model.Model;
import org.okrsite.publish.SiteWriter;
import org.okrsite.render.ThemeCheck;
import org.okrsite.review.GitGoalHistory;
import org.okrsite.review.Review;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;
import org.okrsite.site.OutputFiles;

/**
 * The pipeline, in order: load → link → check → score → review → render → publish. {@link #build}
 * and {@link #check}, the first methods below, are the recipe; each stage is one call to its
 * package's public face, and whatever makes a stage fast stays behind that face. Content errors
 * stop the pipeline before anything is written. The development server's quick path for an edited
 * check-in is the second recipe ({@link QuickEdit}), sharing these stages.
 *
 * <pre>{@code
 * SiteBuilder.Result r = SiteBuilder.build(new SiteBuilder.Options(
 *     Path.of("content"), Path.of("public"), LocalDate.parse("2026-11-23"), false, false, false));
 * }</pre>
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * The pipeline: load, link, check, score and review; then, when the content has no errors, render
   * and publish. Pages are written into a staging folder as they are rendered (memory stays flat
   * however large the site), under the output's lock, and swapped in whole at the end; files
   * unchanged since the last build are hard links to it.
   */
  public static Result build(Options o, Progress progress) throws IOException {
    Result site = check(o, progress);
    if (site.hasErrors()) return site;
    SiteWriter.refuseToPublishOver(o.source(), o.output());
    Path previous = o.output().toAbsolutePath().normalize();
    Stages stages = new Stages(progress, () -> false);
    int written =
        SiteWriter.publish(
            o.output(),
            o.clean(),
            staging -> {
              OutputFiles out =
                  OutputFiles.staged(staging, Files.isDirectory(previous) ? previous : null);
              try {
                render(o, site, out, charts(), stages);
              } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
              }
              stages.restart();
              return out.paths();
            });
    stages.done("publish");
    return site.withFilesWritten(written);
  }

  /** Validates, scores and reviews the content without writing anything. */
  public static Result check(Options o, Progress progress) {
    return check(o, progress, null);
  }

  private static Result check(Options o, Progress progress, BuildCache cache) {
    Diagnostics d = new Diagnostics();
    if (!Files.isDirectory(o.source())) return Result.sourceMissing(o, d);
    Stages stages = new Stages(progress, cache == null ? () -> false : cache.cancel()::get);
    LoadedContent content = LoadedContent.read(o.source(), cache == null ? null : cache.files(), d);
    progress.step("load", content.size(), content.size());
    stages.done("load");
    Settings settings = content.settings();
    LocalDate asOf = o.asOf() != null ? o.asOf() : LocalDate.now(settings.timeZone());
    Model model = Linker.link(content, asOf, o.drafts(), d);
    stages.done("link");
    ModelChecks.run(model, d);
    ThemeCheck.run(o.source(), d);
    stages.done("check");
    Scores scores = Scorer.score(model, settings, asOf);
    stages.done("score");
    ReviewResult review = Review.run(model, scores, settings, GitGoalHistory.read(o.source()), d);
    stages.done("review");
    List<Diagnostic> problems =
        new SeverityPolicy(settings.ruleLevels(), o.strict()).apply(d.sorted());
    return new Result(problems, settings, model, scores, review, asOf, 0);
  }

  /**
   * What to build.
   *
   * @param asOf the date the site is built as of; null for today in the site's time zone
   */
  public record Options(
      Path source, Path output, LocalDate asOf, boolean drafts, boolean strict, boolean clean) {}

  /** What a run found and did. */
  public record Result(
      List<Diagnostic> diagnostics,
      Settings settings,
      Model model,
      Scores scores,
      ReviewResult review,
      LocalDate asOf,
      int filesWritten) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** This result, having written {@code n} files. */
    Result withFilesWritten(int n) {
      return new Result(diagnostics, settings, model, scores, review, asOf, n);
    }

    /**
     * The result of a run whose source folder is missing or not a folder: that one error, nothing
     * else.
     */
    static Result sourceMissing(Options o, Diagnostics d) {
      d.error(
          SourcePosition.ofFile("."),
          Rule.SOURCE_MISSING,
          "source folder '"
              + o.source()
              + (Files.exists(o.source()) ? "' is not a folder" : "' does not exist"),
          "pass the folder that holds your OKR files with -s DIR, or create one with 'okrsite init"
              + " DIR'");
      return new Result(d.sorted(), Settings.defaults(), null, null, null, o.asOf(), 0);
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

    /**
     * Charts of the render stage: drawn (not in the cache), taken from the cache, and drawing time.
     */
    default void charts(long drawn, long cached, long drawingMillis) {}
  }

  /** A checked site and, when the content had no errors, its files in memory (else null). */
  public record Rendered(Result result, OutputFiles files) {}

  /**
   * What a long-running process (the development server) keeps between builds so that a rebuild
   * redoes only what changed: parsed files whose size and time are unchanged, and drawn charts.
   */
  public record BuildCache(
      FileCache files, ChartRenderer charts, java.util.concurrent.atomic.AtomicBoolean cancel) {
    public static BuildCache create() {
      return new BuildCache(
          new FileCache(), SiteBuilder.charts(), new java.util.concurrent.atomic.AtomicBoolean());
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

  /** Renders a checked site's files into {@code out}: feeds, pages, charts and okrs.json. */
  private static void render(
      Options o, Result site, OutputFiles out, ChartRenderer charts, Stages stages) {
    stages.restart();
    SiteFiles.Charts drawn =
        SiteFiles.render(
            new SiteFiles.Site(
                site.model(),
                site.scores(),
                site.review(),
                site.settings(),
                site.asOf(),
                o.source()),
            charts,
            out,
            stages::done);
    stages.progress().charts(drawn.drawn(), drawn.cached(), drawn.drawingMillis());
    stages.progress().step("render", out.size(), out.size());
  }

  /** Validates and scores the content without writing anything. */
  public static Result check(Options o) {
    return check(o, Progress.NONE);
  }

  /** Checks, then renders and publishes the site when the content has no errors. */
  public static Result build(Options o) throws IOException {
    return build(o, Progress.NONE);
  }

  /**
   * Checks, then renders the site in memory when the content has no errors; writes nothing. The
   * development server serves these files.
   */
  public static Rendered render(Options o, Progress progress) {
    return render(o, progress, null);
  }

  /**
   * Like {@link #render(Options, Progress)}, reusing what {@code cache} holds from earlier builds.
   */
  public static Rendered render(Options o, Progress progress, BuildCache cache) {
    Result site = check(o, progress, cache);
    if (site.hasErrors()) return new Rendered(site, null);
    OutputFiles out = new OutputFiles();
    if (cache != null) out.cancelWhen(cache.cancel()::get);
    render(
        o,
        site,
        out,
        cache != null ? cache.charts() : charts(),
        new Stages(progress, cache == null ? () -> false : cache.cancel()::get));
    return new Rendered(site, out);
  }

  /**
   * Where drawn charts persist across builds: {@code -Dokrsite.cacheDir} or {@code
   * OKRSITE_CACHE_DIR}.
   */
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
}
