package org.okrsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds theme files the way Hugo does: a file at the same relative path under the site's {@code
 * themes/} folder wins over the default theme packaged in the jar ({@code themes/default/} on the
 * class path).
 *
 * <pre>{@code
 * Theme theme = new Theme(Path.of("content"));
 * String footer = theme.text("partials/footer.mustache");
 * }</pre>
 */
public final class Theme {
  static final String DEFAULT_ROOT = "themes/default/";

  /** The assets of the default theme; listing a class-path folder inside a jar is not portable. */
  static final List<String> DEFAULT_ASSETS =
      List.of(
          "assets/charts.css",
          "assets/favicon.svg",
          "assets/print.css",
          "assets/search.js",
          "assets/site.css",
          "assets/theme.js");

  private final Path siteThemes;

  /**
   * @param sourceDir the site's source folder, or null for the default theme alone
   */
  public Theme(Path sourceDir) {
    this.siteThemes = sourceDir == null ? null : sourceDir.resolve("themes");
  }

  /** The bytes of a theme file, from the site first, else from the default theme. */
  public Optional<byte[]> bytes(String relativePath) {
    try {
      if (siteThemes != null) {
        Path p = siteThemes.resolve(relativePath).normalize();
        if (p.startsWith(siteThemes) && Files.isRegularFile(p))
          return Optional.of(Files.readAllBytes(p));
      }
      try (InputStream in =
          Theme.class.getClassLoader().getResourceAsStream(DEFAULT_ROOT + relativePath)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code relativePath} is the default theme's file, not one the site put in its own
   * {@code themes/}.
   */
  public boolean isDefault(String relativePath) {
    if (siteThemes == null) return true;
    Path p = siteThemes.resolve(relativePath).normalize();
    return !(p.startsWith(siteThemes) && Files.isRegularFile(p));
  }

  /** A theme file as UTF-8 text; a missing template is a broken theme, so it throws. */
  public String text(String relativePath) {
    return new String(
        bytes(relativePath)
            .orElseThrow(() -> new IllegalStateException("theme file not found: " + relativePath)),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Every asset path to publish: the default ones plus any extra the site adds, sorted. */
  public List<String> assets() {
    TreeSet<String> all = new TreeSet<>(DEFAULT_ASSETS);
    if (siteThemes != null && Files.isDirectory(siteThemes.resolve("assets"))) {
      try (Stream<Path> s = Files.walk(siteThemes.resolve("assets"))) {
        s.filter(Files::isRegularFile)
            .map(p -> siteThemes.relativize(p).toString().replace('\\', '/'))
            .forEach(all::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(all);
  }
}
