package org.okrsite.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Reads the source folder into {@link SourceDocument}s: the entry point of the {@code content}
 * stage. Problems are reported to the given {@link Diagnostics}; nothing is thrown.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * List<SourceDocument> docs = ContentLoader.load(Path.of("content"), diagnostics);
 * }</pre>
 */
public final class ContentLoader {
  /** Files above this size are refused unread. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private ContentLoader() {}

  /**
   * Loads every {@code *.md}, {@code *.yaml} and {@code *.yml} file under {@code sourceRoot}
   * (hidden names, a top-level {@code themes/} and {@code node_modules} skipped), sorted by
   * relative path and, within a file, by document order.
   *
   * @param sourceRoot the source folder
   * @param diagnostics receives every problem found, with paths relative to {@code sourceRoot}
   * @return the documents that loaded without error
   */
  public static List<SourceDocument> load(Path sourceRoot, Diagnostics diagnostics) {
    return load(sourceRoot, diagnostics, null);
  }

  /**
   * Like {@link #load(Path, Diagnostics)}, reusing {@code cache} (may be null): a file whose size
   * and modification time are unchanged since the cache saw it is not read or parsed again, and its
   * problems are reported again as they were. Files are parsed on all cores; the result keeps path
   * order.
   */
  public static List<SourceDocument> load(
      Path sourceRoot, Diagnostics diagnostics, FileCache cache) {
    return load(sourceRoot, diagnostics, cache, null);
  }

  /**
   * Like {@link #load(Path, Diagnostics, FileCache)}, passing each parsed document through {@code
   * early} (may be null) on the parsing thread: a build reads check-ins there and keeps a small
   * stand-in instead of their YAML trees, so memory does not hold every tree at once.
   */
  public static List<SourceDocument> load(
      Path sourceRoot,
      Diagnostics diagnostics,
      FileCache cache,
      java.util.function.UnaryOperator<SourceDocument> early) {
    return load(sourceRoot, diagnostics, cache, null, first -> early);
  }

  /**
   * Like {@link #load(Path, Diagnostics, FileCache, java.util.function.UnaryOperator)}, but reads
   * the file {@code first} (a path relative to the source, such as {@code site.yaml}; may be
   * absent) before all the others and asks {@code then} for the operator to pass every document
   * through, given {@code first}'s documents (an empty list when it is absent or unreadable). A
   * build reads its settings that way, once, and then reads check-ins on the parsing threads with
   * them.
   */
  public static List<SourceDocument> load(
      Path sourceRoot,
      Diagnostics diagnostics,
      FileCache cache,
      String first,
      java.util.function.Function<
              List<SourceDocument>, java.util.function.UnaryOperator<SourceDocument>>
          then) {
    Path root;
    try {
      root = sourceRoot.toRealPath();
      if (!Files.isDirectory(root))
        throw new java.nio.file.NotDirectoryException(sourceRoot.toString());
    } catch (IOException | RuntimeException e) {
      diagnostics.error(
          SourcePosition.ofFile("."),
          Rule.CONTENT_UNREADABLE,
          "cannot read the source folder: " + describe(e),
          "check the --source option");
      return List.of();
    }
    List<String> files = SourceFiles.find(root, diagnostics);
    if (cache != null) cache.retainOnly(files);
    java.util.function.Function<String, List<SourceDocument>> read =
        rel ->
            cache == null
                ? readFile(root.resolve(rel), rel, diagnostics).orElse(List.of())
                : cache.get(
                    root.resolve(rel),
                    rel,
                    diagnostics,
                    (f, r, d) -> readFile(f, r, d).orElse(List.of()));
    List<SourceDocument> firstDocs =
        first != null && files.contains(first) ? read.apply(first) : List.of();
    java.util.function.UnaryOperator<SourceDocument> early = then.apply(firstDocs);
    List<List<SourceDocument>> parsed =
        files.parallelStream()
            .map(rel -> rel.equals(first) ? firstDocs : read.apply(rel))
            .map(docs -> early == null ? docs : docs.stream().map(early).toList())
            .toList();
    List<SourceDocument> documents = new ArrayList<>();
    parsed.forEach(documents::addAll);
    return List.copyOf(documents);
  }

  /**
   * Parses one file's bytes: a Markdown file ({@code .md}) into one document, a YAML file into one
   * document per {@code ---}-separated YAML document.
   *
   * <pre>{@code
   * ContentLoader.parse("okrs/growth.yaml", bytes, diagnostics);
   * }</pre>
   *
   * @param relativePath the file's path relative to the source folder, with {@code /} separators
   * @param bytes the file's content
   * @param diagnostics receives every problem found
   * @return the documents that loaded without error, in file order
   */
  public static List<SourceDocument> parse(
      String relativePath, byte[] bytes, Diagnostics diagnostics) {
    try {
      if (bytes.length > MAX_FILE_BYTES) {
        tooLarge(relativePath, bytes.length, diagnostics);
        return List.of();
      }
      Optional<String> decoded = Utf8.decode(relativePath, bytes, diagnostics);
      if (decoded.isEmpty()) return List.of();
      String text = TextPositions.normalizeLineEnds(decoded.get());
      if (text.isBlank()) {
        diagnostics.warning(
            SourcePosition.ofFile(relativePath),
            Rule.CONTENT_EMPTY,
            "file is empty",
            "add content to the file or delete it");
        return List.of();
      }
      return SourceFiles.isMarkdown(relativePath)
          ? DocumentReader.markdown(relativePath, text, diagnostics)
          : DocumentReader.yaml(relativePath, text, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error(
          SourcePosition.ofFile(relativePath),
          Rule.CONTENT_UNREADABLE,
          "cannot read: " + describe(e),
          "report this as a bug in okrsite, with the file");
      return List.of();
    }
  }

  private static Optional<List<SourceDocument>> readFile(
      Path file, String rel, Diagnostics diagnostics) {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        tooLarge(rel, size, diagnostics);
        return Optional.empty();
      }
      return Optional.of(parse(rel, Files.readAllBytes(file), diagnostics));
    } catch (IOException | RuntimeException e) {
      diagnostics.error(
          SourcePosition.ofFile(rel),
          Rule.CONTENT_UNREADABLE,
          "cannot read: " + describe(e),
          "check that the file exists and is readable");
      return Optional.empty();
    }
  }

  private static void tooLarge(String rel, long size, Diagnostics diagnostics) {
    diagnostics.error(
        SourcePosition.ofFile(rel),
        Rule.CONTENT_TOO_LARGE,
        "file is larger than 5 MiB (" + size + " bytes)",
        "split the file into smaller files");
  }

  /**
   * What went wrong, in words, naming the path where the exception does (no class names for common
   * causes).
   */
  static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
      String file = f.getFile();
      String reason = f.getReason();
      if (e instanceof NoSuchFileException) return file + " does not exist (or is a broken link)";
      if (e instanceof java.nio.file.AccessDeniedException) return file + ": permission denied";
      if (e instanceof java.nio.file.NotDirectoryException) return file + " is not a folder";
      if (e instanceof java.nio.file.FileSystemLoopException)
        return file + ": links loop back on themselves";
      if (reason != null) return file + ": " + reason;
    }
    if (e instanceof NoSuchFileException && message != null) return message;
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
