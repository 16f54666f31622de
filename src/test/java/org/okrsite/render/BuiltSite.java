package org.okrsite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okrsite.SiteBuilder;

/** A site built by the real pipeline into a folder, with helpers to read its pages and links. */
final class BuiltSite {
  static final Path EXAMPLE = Path.of("content");
  static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
  private static final Pattern URL_ATTR = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

  final Path root;
  final SiteBuilder.Result result;

  private BuiltSite(Path root, SiteBuilder.Result result) {
    this.root = root;
    this.result = result;
  }

  static BuiltSite build(Path source, Path output) throws IOException {
    SiteBuilder.Result r =
        SiteBuilder.build(new SiteBuilder.Options(source, output, AS_OF, false, false, true));
    if (r.hasErrors()) throw new AssertionError("content errors: " + r.diagnostics());
    return new BuiltSite(output, r);
  }

  /** Every HTML page, as a path relative to the root with / separators, sorted. */
  List<String> pages() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".html")).map(this::rel).sorted().toList();
    }
  }

  /** Every file, relative path → content, sorted. */
  TreeMap<String, byte[]> files() throws IOException {
    TreeMap<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) all.put(rel(p), Files.readAllBytes(p));
    }
    return all;
  }

  String read(String page) throws IOException {
    return Files.readString(root.resolve(page), StandardCharsets.UTF_8);
  }

  String rel(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /**
   * The href and src values of a page, HTML entities in them decoded (&amp; only, which is all we
   * emit).
   */
  static List<String> urls(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = URL_ATTR.matcher(html);
    while (m.find()) out.add(m.group(2).replace("&amp;", "&"));
    return out;
  }

  static List<String> srcs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\ssrc=\"([^\"]*)\"").matcher(html);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  static Set<String> ids(String html) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ID.matcher(html);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  static boolean isExternal(String url) {
    return url.startsWith("http:")
        || url.startsWith("https:")
        || url.startsWith("mailto:")
        || url.startsWith("//");
  }

  /**
   * Resolves a relative link from a page to a site path (no fragment), or null when it leaves the
   * site.
   */
  static String resolve(String fromPage, String link) {
    String path = link;
    int hash = path.indexOf('#');
    if (hash >= 0) path = path.substring(0, hash);
    int q = path.indexOf('?');
    if (q >= 0) path = path.substring(0, q);
    if (path.isEmpty()) return fromPage;
    Path base = Path.of(fromPage).getParent();
    Path target = (base == null ? Path.of(path) : base.resolve(path)).normalize();
    String s = target.toString().replace('\\', '/');
    return s.startsWith("..") ? null : s;
  }

  static String fragment(String link) {
    int hash = link.indexOf('#');
    return hash < 0 ? null : link.substring(hash + 1);
  }
}
