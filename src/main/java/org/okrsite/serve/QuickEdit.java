package org.okrsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okrsite.SiteBuilder;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.link.CheckInEdit;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.OwnerCycle;
import org.okrsite.render.QuickRenderer;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;

/**
 * The development server's quick path: when the only files saved are existing check-ins that keep
 * their owner and date (the weekly edit), link just those check-ins into the last good model, score
 * again just their owners' objectives and render just those objectives' pages, in milliseconds
 * rather than a whole build. The dependency followed: check-in file → its check-in → the owner's
 * objectives of its cycle (progress, confidence, staleness, charts) → their pages. Everything else
 * the check-in shows up on (week pages, timelines, person pages, feeds, okrs.json, the review) is
 * brought up to date by the full build the server runs next, in the background.
 */
final class QuickEdit {
  private QuickEdit() {}

  /**
   * The state of the last good build: its result, its files, and each check-in by the file that
   * holds it (files with more than one check-in are left out: they always take the full path).
   */
  record Live(SiteBuilder.Result result, Map<String, byte[]> files, Map<String, CheckIn> byFile,
      QuickRenderer renderer) {
    static Live of(SiteBuilder.Result result, Map<String, byte[]> files, Path source, ChartRenderer charts) {
      Map<String, CheckIn> byFile = new HashMap<>();
      Set<String> shared = new java.util.HashSet<>();
      for (CheckIn c : result.model().checkIns()) {
        String file = c.position().file();
        if (byFile.putIfAbsent(file, c) != null) shared.add(file);
      }
      shared.forEach(byFile::remove);
      QuickRenderer renderer = QuickRenderer.of(result.model(), result.scores(), result.review(), result.settings(),
          source, charts);
      return new Live(result, files, byFile, renderer);
    }
  }

  /** What a quick edit produced: the new state and the pages it rendered. */
  record Applied(Live live, List<String> pages) {}

  /**
   * Applies the saved files {@code changed} (absolute paths) to {@code live}, or returns empty when
   * they need a full build: a file that is not an existing single check-in, a new owner or date, a
   * private document, or any error.
   */
  static Optional<Applied> apply(Live live, Set<Path> changed, Path source) {
    Path root = source.toAbsolutePath().normalize();
    SiteBuilder.Result r = live.result();
    Model model = r.model();
    Map<CheckIn, CheckIn> replaced = new IdentityHashMap<>();
    Map<String, CheckIn> edits = new HashMap<>();
    Set<OwnerCycle> owners = new LinkedHashSet<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith(root) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
      String rel = root.relativize(abs).toString().replace('\\', '/');
      CheckIn old = live.byFile().get(rel);
      if (old == null) return Optional.empty();
      Diagnostics d = new Diagnostics();
      List<SourceDocument> docs;
      try {
        docs = ContentLoader.parse(rel, Files.readAllBytes(abs), d);
      } catch (IOException e) {
        return Optional.empty();
      }
      if (docs.size() != 1) return Optional.empty();
      CheckIn edited = CheckInEdit.relink(docs.get(0), old, model.objectives(), r.settings(), d);
      if (edited == null || d.hasErrors()) return Optional.empty();
      replaced.put(old, edited);
      edits.put(rel, edited);
      owners.add(OwnerCycle.of(old.owner(), old.cycleId()));
    }
    if (replaced.isEmpty()) return Optional.empty();
    List<CheckIn> checkIns = new ArrayList<>(model.checkIns().size());
    for (CheckIn c : model.checkIns()) checkIns.add(replaced.getOrDefault(c, c));
    Model next = model.withCheckIns(checkIns);
    List<Objective> affected = next.objectives().stream()
        .filter(o -> o.owner() != null && owners.contains(OwnerCycle.of(o.owner(), o.cycleId()))).toList();
    Scores scores = Scorer.rescore(r.scores(), next, r.settings(), affected.stream().map(Objective::id).toList());
    QuickRenderer renderer = live.renderer().withCheckIns(next, scores, replaced);
    Map<String, byte[]> pages = renderer.objectivePages(affected);
    Map<String, byte[]> files = new HashMap<>(live.files());
    files.putAll(pages);
    files = java.util.Collections.unmodifiableMap(files);
    SiteBuilder.Result result = new SiteBuilder.Result(r.diagnostics(), r.settings(), next, scores, r.review(),
        r.asOf(), 0);
    // the previous state is never used again once an edit has applied, so its index is updated in
    // place (copying one entry per check-in of a large organisation would cost more than the edit)
    Map<String, CheckIn> byFile = live.byFile();
    byFile.putAll(edits);
    return Optional.of(new Applied(new Live(result, files, byFile, renderer), List.copyOf(pages.keySet())));
  }
}
