package org.okrsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.check.SeverityPolicy;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.link.CheckInEdit;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.OwnerCycle;
import org.okrsite.render.QuickRenderer;
import org.okrsite.review.Finding;
import org.okrsite.review.Review;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;

/**
 * The second recipe, beside {@link SiteBuilder#build}: the development server's quick path for the
 * weekly edit. When the only files saved are existing check-ins that keep their owner and date, the
 * same stages run for what the edit touches, in milliseconds rather than a whole build:
 *
 * <ol>
 *   <li><b>load</b> the edited files;
 *   <li><b>link</b> each into the last good model ({@link CheckInEdit}), which also <b>checks</b>
 *       it: the check-in rules are the ones the reader and linker apply, and nothing the model-wide
 *       checks look at can change when a check-in's values do;
 *   <li><b>score</b> again the objectives of the edited owners' cycles ({@link Scorer#rescore});
 *   <li><b>review</b> those owners again ({@link Review#revise}): the findings a check-in can
 *       change;
 *   <li><b>render</b> just those objectives' pages ({@link QuickRenderer}).
 * </ol>
 *
 * The diagnostics are the last build's, less the edited files' and the replaced findings', plus
 * what the edit found, under the same severity settings. Everything else a check-in shows up on
 * (week pages, timelines, person pages, feeds, okrs.json) is brought up to date by the full build
 * the server runs next, in the background.
 *
 * <pre>{@code
 * QuickEdit.Live live = QuickEdit.Live.of(rendered.result(), rendered.files().all(), options, charts);
 * Optional<QuickEdit.Applied> a = QuickEdit.apply(live, Set.of(savedFile));
 * if (a.isEmpty()) fullBuild();
 * }</pre>
 */
public final class QuickEdit {
  private QuickEdit() {}

  /**
   * The state of the last good build: its result, its files, and each check-in by the file that
   * holds it (files with more than one check-in are left out: they always take the full path).
   */
  public record Live(
      SiteBuilder.Result result,
      Map<String, byte[]> files,
      Map<String, CheckIn> byFile,
      QuickRenderer renderer,
      SiteBuilder.Options options) {

    /** The state after a full build of {@code options} gave {@code result} and {@code files}. */
    public static Live of(
        SiteBuilder.Result result,
        Map<String, byte[]> files,
        SiteBuilder.Options options,
        ChartRenderer charts) {
      Map<String, CheckIn> byFile = new HashMap<>();
      Set<String> shared = new HashSet<>();
      for (CheckIn c : result.model().checkIns()) {
        String file = c.position().file();
        if (byFile.putIfAbsent(file, c) != null) shared.add(file);
      }
      shared.forEach(byFile::remove);
      QuickRenderer renderer =
          QuickRenderer.of(
              result.model(),
              result.scores(),
              result.review(),
              result.settings(),
              options.source(),
              charts);
      return new Live(result, files, byFile, renderer, options);
    }
  }

  /**
   * What a quick edit produced: the new state, the pages it rendered, and the diagnostics the edit
   * brought (its files' problems and the review's new findings), to show the author at once.
   */
  public record Applied(Live live, List<String> pages, List<Diagnostic> found) {}

  /**
   * Applies the saved files {@code changed} (absolute paths) to {@code live}, or returns empty when
   * they need a full build: a file that is not an existing single check-in, a new owner or date, a
   * private document, or any error.
   */
  public static Optional<Applied> apply(Live live, Set<Path> changed) {
    SiteBuilder.Result last = live.result();
    Diagnostics d = new Diagnostics();
    Map<CheckIn, CheckIn> replaced = relink(live, changed, d);
    if (replaced == null || replaced.isEmpty() || d.hasErrors()) return Optional.empty();
    List<CheckIn> checkIns = new ArrayList<>(last.model().checkIns().size());
    for (CheckIn c : last.model().checkIns()) checkIns.add(replaced.getOrDefault(c, c));
    Model model = last.model().withCheckIns(checkIns);
    List<Objective> touched = touched(model, replaced.keySet());
    Scores scores =
        Scorer.rescore(
            last.scores(), model, last.settings(), touched.stream().map(Objective::id).toList());
    Review.Revision review =
        Review.revise(last.review(), model, scores, last.settings().review(), touched, d);
    List<Diagnostic> found =
        new SeverityPolicy(last.settings().ruleLevels(), live.options().strict()).apply(d.sorted());
    List<Diagnostic> diagnostics =
        revised(last.diagnostics(), editedFiles(replaced), review.dropped(), found);
    QuickRenderer renderer = live.renderer().withCheckIns(model, scores, review.review(), replaced);
    Map<String, byte[]> pages = renderer.objectivePages(touched);

    Map<String, byte[]> files = new HashMap<>(live.files());
    files.putAll(pages);
    SiteBuilder.Result result =
        new SiteBuilder.Result(
            diagnostics, last.settings(), model, scores, review.review(), last.asOf(), 0);
    // the previous state is never used again once an edit has applied, so its index is updated in
    // place (copying one entry per check-in of a large organisation would cost more than the edit)
    Map<String, CheckIn> byFile = live.byFile();
    for (CheckIn c : replaced.values()) byFile.put(c.position().file(), c);
    Live next =
        new Live(result, Collections.unmodifiableMap(files), byFile, renderer, live.options());
    return Optional.of(new Applied(next, List.copyOf(pages.keySet()), found));
  }

  /**
   * The load and link stages for the saved files: old check-in → new, or null for "build it all".
   */
  private static Map<CheckIn, CheckIn> relink(Live live, Set<Path> changed, Diagnostics d) {
    Path root = live.options().source().toAbsolutePath().normalize();
    Map<CheckIn, CheckIn> replaced = new IdentityHashMap<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith(root) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS))
        return null;
      String rel = root.relativize(abs).toString().replace('\\', '/');
      CheckIn old = live.byFile().get(rel);
      if (old == null) return null;
      List<SourceDocument> docs;
      try {
        docs = ContentLoader.parse(rel, Files.readAllBytes(abs), d);
      } catch (IOException e) {
        return null;
      }
      if (docs.size() != 1) return null;
      CheckIn edited =
          CheckInEdit.relink(
              docs.get(0), old, live.result().model().objectives(), live.result().settings(), d);
      if (edited == null) return null;
      replaced.put(old, edited);
    }
    return replaced;
  }

  /** The objectives an edited check-in can change: its owner's, in its cycle. */
  private static List<Objective> touched(Model model, Set<CheckIn> edited) {
    Set<OwnerCycle> owners = new HashSet<>();
    for (CheckIn c : edited) owners.add(OwnerCycle.of(c.owner(), c.cycleId()));
    return model.objectives().stream()
        .filter(o -> o.owner() != null && owners.contains(OwnerCycle.of(o.owner(), o.cycleId())))
        .toList();
  }

  private static Set<String> editedFiles(Map<CheckIn, CheckIn> replaced) {
    Set<String> files = new HashSet<>();
    for (CheckIn c : replaced.keySet()) files.add(c.position().file());
    return files;
  }

  /**
   * The last build's diagnostics without the edited files' and the dropped findings', plus {@code
   * found}.
   */
  private static List<Diagnostic> revised(
      List<Diagnostic> last,
      Set<String> editedFiles,
      List<Finding> dropped,
      List<Diagnostic> found) {
    record Key(Object position, String rule, String message) {}
    Set<Key> gone = new HashSet<>();
    for (Finding f : dropped) gone.add(new Key(f.position(), f.ruleId(), f.message()));
    List<Diagnostic> out = new ArrayList<>(found);
    for (Diagnostic x : last) {
      if (editedFiles.contains(x.file())
          || gone.contains(new Key(x.position(), x.ruleId(), x.message()))) continue;
      out.add(x);
    }
    return out.stream().distinct().sorted(Diagnostic.ORDER).toList();
  }
}
