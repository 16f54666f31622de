package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's own documentation: a short README, and {@code docs/} pages whose relative links
 * and {@code #anchors} all resolve (GitHub-style heading slugs) and whose front matter names a
 * title and a weight.
 */
class DocsLinksTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path README = ROOT.resolve("README.md");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final int README_MAX_LINES = 250;

  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern LINK =
      Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern WEIGHT = Pattern.compile("^weight:\\s*-?\\d+\\s*$");
  private static final Pattern TITLE = Pattern.compile("^title:\\s*\\S.*$");

  private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

  @Test
  void readmeIsShort() throws IOException {
    int lines = Files.readAllLines(README).size();
    assertTrue(
        lines <= README_MAX_LINES,
        "README.md has "
            + lines
            + " lines, more than "
            + README_MAX_LINES
            + "; move the rest into docs/");
  }

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : documentationFiles()) {
      List<String> lines = Files.readAllLines(file);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (FENCE.matcher(line).find()) {
          fenced = !fenced;
          continue;
        }
        if (fenced) {
          continue;
        }
        Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
        while (m.find()) {
          String problem = problemWith(file, m.group(1));
          if (problem != null) {
            broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + problem + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
  }

  @Test
  void everyDocsPageHasTitleAndWeight() throws IOException {
    List<String> bad = new ArrayList<>();
    for (Path file : docsPages()) {
      List<String> lines = Files.readAllLines(file);
      String name = ROOT.relativize(file).toString();
      if (lines.isEmpty() || !lines.get(0).equals("---")) {
        bad.add(name + ":1: no front matter (the first line must be ---)");
        continue;
      }
      int end = lines.subList(1, lines.size()).indexOf("---") + 1;
      if (end == 0) {
        bad.add(name + ":1: front matter is not closed by a --- line");
        continue;
      }
      List<String> front = lines.subList(1, end);
      if (front.stream().noneMatch(l -> TITLE.matcher(l).matches())) {
        bad.add(name + ":1: front matter has no title:");
      }
      if (front.stream().noneMatch(l -> WEIGHT.matcher(l).matches())) {
        bad.add(name + ":1: front matter has no whole-number weight:");
      }
    }
    assertTrue(bad.isEmpty(), "docs pages without front matter:\n" + String.join("\n", bad));
  }

  /** Null when {@code url}, written in {@code file}, resolves; otherwise what is wrong with it. */
  private String problemWith(Path file, String url) throws IOException {
    if (SCHEME.matcher(url).find() || url.startsWith("//")) {
      return null;
    }
    int hash = url.indexOf('#');
    String pathPart = hash < 0 ? url : url.substring(0, hash);
    String anchor = hash < 0 ? null : url.substring(hash + 1);
    Path target = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
    if (!Files.exists(target)) {
      return "no such file " + ROOT.relativize(target);
    }
    if (anchor == null || anchor.isEmpty()) {
      return null;
    }
    if (!target.toString().endsWith(".md") || Files.isDirectory(target)) {
      return "an anchor into a file that is not Markdown";
    }
    if (!anchors(target).contains(anchor)) {
      return "no heading with anchor #" + anchor + " in " + ROOT.relativize(target);
    }
    return null;
  }

  private Set<String> anchors(Path file) throws IOException {
    Set<String> cached = anchorsByFile.get(file);
    if (cached != null) {
      return cached;
    }
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(file)) {
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        continue;
      }
      Matcher h = HEADING.matcher(line);
      if (!fenced && h.matches()) {
        String slug = slug(h.group(2));
        int n = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(n == 0 ? slug : slug + "-" + n);
      }
    }
    anchorsByFile.put(file, anchors);
    return anchors;
  }

  /**
   * GitHub's heading slug: link text for links, lower case, punctuation dropped, spaces to hyphens.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "")
        .replace(' ', '-');
  }

  private static List<Path> documentationFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(README);
    files.addAll(docsPages());
    return files;
  }

  private static List<Path> docsPages() throws IOException {
    if (!Files.isDirectory(DOCS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(DOCS)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
