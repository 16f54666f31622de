package org.okrsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.okrsite.check.ModelChecks;
import org.okrsite.check.SeverityPolicy;
import org.okrsite.config.Settings;
import org.okrsite.config.SettingsReader;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Severity;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.link.Linker;
import org.okrsite.model.Model;
import org.okrsite.publish.OkrsJson;
import org.okrsite.publish.OutputFiles;
import org.okrsite.publish.SiteWriter;
import org.okrsite.render.SiteRenderer;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;

/**
 * The pipeline, in order: load → settings → link → check → score → render → publish. Content errors
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
      List<Diagnostic> diagnostics, Settings settings, Model model, Scores scores, LocalDate asOf, int filesWritten) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /** Validates and scores the content without writing anything. */
  public static Result check(Options o) {
    Diagnostics d = new Diagnostics();
    if (!Files.isDirectory(o.source())) {
      d.error(SourcePosition.ofFile("."), "source-missing", "source folder '" + o.source() + "' does not exist",
          "pass the folder that holds your OKR files with -s DIR, or create one with 'okrsite init DIR'");
      return new Result(d.sorted(), Settings.defaults(), null, null, o.asOf(), 0);
    }
    List<SourceDocument> docs = ContentLoader.load(o.source(), d);
    SourceDocument siteYaml = docs.stream().filter(x -> x.path().equals(SettingsReader.FILE)).findFirst().orElse(null);
    Settings settings = SettingsReader.read(siteYaml, d);
    LocalDate asOf = o.asOf() != null ? o.asOf() : LocalDate.now(settings.timeZone());
    Model model = Linker.link(docs, settings, asOf, o.drafts(), d);
    ModelChecks.run(model, d);
    Scores scores = Scorer.score(model, settings, asOf);
    List<Diagnostic> ds = new SeverityPolicy(settings.ruleSeverities(), o.strict()).apply(d.sorted());
    return new Result(ds, settings, model, scores, asOf, 0);
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
    Result r = check(o);
    if (r.hasErrors()) return r;
    refuseToPublishOver(o.source(), o.output());
    OutputFiles out = new OutputFiles();
    SiteRenderer.render(r.model(), r.scores(), r.settings(), out);
    out.text(OkrsJson.PATH, OkrsJson.render(r.model(), r.scores(), r.settings().title()));
    int n = SiteWriter.write(o.output(), out, o.clean());
    return new Result(r.diagnostics(), r.settings(), r.model(), r.scores(), r.asOf(), n);
  }
}
