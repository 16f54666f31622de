package org.okrsite.mdokr;

import java.util.List;
import java.util.Optional;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Reads OKRs written as plain Markdown — the seed's quarterly template, its weekly update, and
 * heading-and-bullet files with one or several cycles — into the YAML node tree the {@code okr} and
 * {@code checkin} shapes produce. Positions point at the Markdown heading, row or cell, so the
 * linker's diagnostics land where the author wrote the value.
 *
 * <pre>{@code
 * Optional<Translation> t = MarkdownOkrReader.read(markdownDoc, diagnostics);
 * List<SourceDocument> docs = t.map(Translation::documents).orElse(List.of(markdownDoc));
 * }</pre>
 */
public final class MarkdownOkrReader {
  private MarkdownOkrReader() {}

  /**
   * Translates {@code doc} when it is a Markdown OKR document. Returns empty for YAML, for handbook
   * pages under {@code docs/}, for front matter with keys an OKR document does not carry (such as
   * {@code kind:}), and for Markdown with no objective in it: those stay what they were. A document
   * whose owner, cycle or (weekly) date cannot be told is reported ({@code md-okr-owner}, {@code
   * md-okr-cycle}, {@code md-okr-date}) at its title and yields fewer documents.
   *
   * @param doc a loaded document; only Markdown is considered
   * @param d receives the problems found
   */
  public static Optional<Translation> read(SourceDocument doc, Diagnostics d) {
    if (!doc.isMarkdown() || doc.path().startsWith("docs/") || !Cover.frontMatterFits(doc.data())) {
      return Optional.empty();
    }
    List<Block> blocks = MarkdownBlocks.parse(doc.path(), doc.body(), doc.bodyLine());
    Block.Heading title =
        blocks.stream()
            .filter(b -> b instanceof Block.Heading h && h.level() == 1)
            .map(b -> (Block.Heading) b)
            .findFirst()
            .orElse(null);
    SourcePosition at = title != null ? title.at() : SourcePosition.ofFile(doc.path());
    Cover cover = Cover.of(doc, title);
    if (WeeklyUpdate.is(title, blocks)) {
      if (!known(cover, at, doc.path(), d, true)) return Optional.of(new Translation(List.of()));
      return Optional.of(
          new Translation(WeeklyUpdate.documents(doc.path(), blocks, title, cover, at)));
    }
    List<Outline.Group> groups =
        QuarterlyDocument.kept(Outline.of(blocks, title, at, aboutOkrs(doc, title)));
    if (groups.isEmpty()) return Optional.empty();
    if (!known(cover, at, doc.path(), d, false)) return Optional.of(new Translation(List.of()));
    return Optional.of(new Translation(QuarterlyDocument.documents(doc.path(), groups, cover, d)));
  }

  /** The title, front matter or path says the file holds OKRs. */
  private static boolean aboutOkrs(SourceDocument doc, Block.Heading title) {
    boolean titled =
        title != null && Phrases.key(title.text()).matches(".*\\b(okrs?|objectives)\\b.*");
    boolean placed =
        Phrases.quarter(doc.path().replace('-', ' ')).isPresent()
            || doc.path().matches("(?i)(.*/)?okrs?/.*");
    return titled || placed || !doc.data().entries().isEmpty();
  }

  private static boolean known(
      Cover c, SourcePosition at, String path, Diagnostics d, boolean weekly) {
    boolean ok = true;
    if (c.owner() == null) {
      d.error(
          at,
          Rule.MD_OKR_OWNER,
          "cannot tell whose OKRs " + path + " holds",
          "add front matter 'team: NAME' (or department:, person:, company:), name the team in the"
              + " title ('# Q1 2026 OKRs — NAME'), or keep the file at okrs/QUARTER/NAME.md");
      ok = false;
    }
    if (weekly && c.date() == null) {
      d.error(
          at,
          Rule.MD_OKR_DATE,
          "cannot tell which week " + path + " reports on",
          "put the date in the title ('# Weekly OKR Update — 2026-01-16') or add front matter"
              + " 'date: 2026-01-16'");
      ok = false;
    }
    return ok;
  }
}
