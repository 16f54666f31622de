package org.okrsite.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Finds the content files under a source folder: {@code *.md}, {@code *.yaml}, {@code *.yml}, as
 * relative paths with {@code /} separators, sorted. Skips hidden names, a top-level {@code
 * themes/}, {@code node_modules}, and symlinks leading outside the folder.
 */
final class SourceFiles {
  private final Path root;
  private final Diagnostics diagnostics;
  private final List<String> found = new ArrayList<>();

  private SourceFiles(Path root, Diagnostics diagnostics) {
    this.root = root;
    this.diagnostics = diagnostics;
  }

  /** The content files under {@code realRoot} (already a real path), sorted by relative path. */
  static List<String> find(Path realRoot, Diagnostics diagnostics) {
    SourceFiles files = new SourceFiles(realRoot, diagnostics);
    files.visit(realRoot, realRoot, "", new HashSet<>(Set.of(realRoot)));
    files.found.sort(null);
    return List.copyOf(files.found);
  }

  static boolean isContent(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  static boolean isMarkdown(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /**
   * Visits {@code dir}, whose real path is {@code realDir}. One {@code lstat} per entry: only a
   * symbolic link needs its target resolved, since below a real folder a plain name is real too.
   */
  private void visit(Path dir, Path realDir, String relDir, Set<Path> ancestors) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      unreadable(relDir.isEmpty() ? "." : relDir, e);
      return;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) continue;
      String rel = relDir.isEmpty() ? name : relDir + "/" + name;
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | RuntimeException e) {
        if (isContent(name)) unreadable(rel, e);
        continue;
      }
      boolean link = attributes.isSymbolicLink();
      boolean directory = link ? Files.isDirectory(child) : attributes.isDirectory();
      if (directory && skipsFolder(name, relDir)) continue;
      if (!directory && !isContent(name)) continue;
      Path real = link ? linkTarget(child, rel) : realDir.resolve(name);
      if (real == null) continue;
      if (directory) {
        // A link back to an ancestor would loop for ever.
        if (!ancestors.add(real)) continue;
        visit(child, real, rel, ancestors);
        ancestors.remove(real);
      } else if (link ? Files.isRegularFile(real) : attributes.isRegularFile()) {
        found.add(rel);
      }
    }
  }

  private static boolean skipsFolder(String name, String relDir) {
    return name.equals("node_modules") || (relDir.isEmpty() && name.equals("themes"));
  }

  /** Where the link {@code child} leads, or null (with a diagnostic) when it must not be read. */
  private Path linkTarget(Path child, String rel) {
    try {
      Path real = child.toRealPath();
      if (!real.startsWith(root)) {
        diagnostics.warning(
            SourcePosition.ofFile(rel),
            Rule.CONTENT_SYMLINK_OUTSIDE,
            "symbolic link leads outside the source folder; skipped",
            "copy the file into the source folder, or point the link inside it");
        return null;
      }
      return real;
    } catch (IOException | RuntimeException e) {
      unreadable(rel, e);
      return null;
    }
  }

  private void unreadable(String rel, Exception e) {
    diagnostics.error(
        SourcePosition.ofFile(rel),
        Rule.CONTENT_UNREADABLE,
        "cannot read: " + ContentLoader.describe(e),
        "check that the file exists and is readable");
  }
}
