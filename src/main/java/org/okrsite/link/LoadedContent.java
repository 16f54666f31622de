package org.okrsite.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.okrsite.config.Settings;
import org.okrsite.config.SettingsReader;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.FileCache;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;

/**
 * The load stage's result: the site's settings and every document of the source folder, ready for
 * {@link Linker#link(LoadedContent, java.time.LocalDate, boolean, Diagnostics)}.
 *
 * <p>What makes a large build affordable stays in here: {@code site.yaml} is read once, before the
 * other files, so that a one-off build can read check-ins on the parsing threads with its settings
 * and keep no YAML tree of them ({@link EarlyCheckIns}); and the linker takes the documents out of
 * this value ({@link #takeDocuments()}), so their trees can be freed while the rest is linked.
 *
 * <pre>{@code
 * LoadedContent content = LoadedContent.read(Path.of("content"), null, diagnostics);
 * Model model = Linker.link(content, asOf, false, diagnostics);
 * }</pre>
 */
public final class LoadedContent {
  private final Settings settings;
  private final SourceDocument siteYaml;
  private final EarlyCheckIns early;
  private List<SourceDocument> documents;

  private LoadedContent(
      Settings settings,
      SourceDocument siteYaml,
      List<SourceDocument> documents,
      EarlyCheckIns early) {
    this.settings = settings;
    this.siteYaml = siteYaml;
    this.documents = documents;
    this.early = early;
  }

  /**
   * Reads the source folder. With a {@code cache} (the development server's, kept between builds)
   * whole documents are kept, since the cache holds them anyway; without one, check-ins are read as
   * they are parsed.
   */
  public static LoadedContent read(Path source, FileCache cache, Diagnostics d) {
    Settings[] settings = {Settings.defaults()};
    SourceDocument[] siteYaml = {null};
    EarlyCheckIns[] early = {null};
    List<SourceDocument> docs =
        ContentLoader.load(
            source,
            d,
            cache,
            SettingsReader.FILE,
            first -> {
              siteYaml[0] = first.isEmpty() ? null : first.get(0);
              settings[0] = SettingsReader.read(siteYaml[0], d);
              if (cache != null) return null;
              early[0] = new EarlyCheckIns(settings[0], d);
              return early[0]::apply;
            });
    return new LoadedContent(settings[0], siteYaml[0], new ArrayList<>(docs), early[0]);
  }

  /** The settings of {@code site.yaml}, or the defaults for what it leaves out. */
  public Settings settings() {
    return settings;
  }

  /** The {@code site.yaml} document, or null when there is none. */
  public SourceDocument siteYaml() {
    return siteYaml;
  }

  /** How many documents were read. */
  public int size() {
    return documents == null ? 0 : documents.size();
  }

  /** Check-ins read as they were parsed, or null. */
  EarlyCheckIns early() {
    return early;
  }

  /** The documents, handed over once: this value forgets them. */
  List<SourceDocument> takeDocuments() {
    if (documents == null) throw new IllegalStateException("the documents were linked already");
    List<SourceDocument> docs = documents;
    documents = null;
    return docs;
  }
}
