package org.okrsite.scaffold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.okrsite.config.CycleCalendar;
import org.okrsite.config.Settings;
import org.okrsite.model.Cycle;

/**
 * The starter site of {@code okrsite init}: the {@code site-template/} folder of the okrsite
 * project, shipped inside the jar. Its sample OKRs are written for Q1 2026 and moved to the quarter
 * that contains the given date, so the same date always gives the same files.
 *
 * <pre>{@code
 * SiteTemplate.Installed r = SiteTemplate.install(Path.of("our-okrs"), LocalDate.now());
 * }</pre>
 */
public final class SiteTemplate {
  static final String RESOURCE = "/site-template";

  /**
   * What {@link #install} did.
   *
   * @param written paths written, relative to the folder, sorted
   * @param skipped paths that already existed and were left alone
   * @param cycle the quarter the sample OKRs are for
   */
  public record Installed(List<String> written, List<String> skipped, Cycle cycle) {}

  private SiteTemplate() {}

  /**
   * Writes the starter site into {@code dir} (created when missing), never over an existing file.
   *
   * @param today picks the quarter of the sample OKRs
   */
  public static Installed install(Path dir, LocalDate today) throws IOException {
    Cycle cycle = new CycleCalendar(Settings.defaults()).quarterOf(today);
    Map<String, String> files = files(new QuarterShift(cycle, today));
    List<String> written = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Files.createDirectories(dir);
    for (var e : files.entrySet()) {
      Path p = dir.resolve(e.getKey()).normalize();
      if (!p.startsWith(dir.normalize()))
        throw new IOException("template path escapes the folder: " + e.getKey());
      if (Files.exists(p)) {
        skipped.add(e.getKey());
        continue;
      }
      Files.createDirectories(p.getParent());
      Files.writeString(
          p, e.getValue(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
      written.add(e.getKey());
    }
    return new Installed(written, skipped, cycle);
  }

  /** The template's files as they will be written: dot-names restored, moved to the quarter. */
  static Map<String, String> files(QuarterShift shift) throws IOException {
    Map<String, String> out = new TreeMap<>();
    URL url = SiteTemplate.class.getResource(RESOURCE);
    if (url == null) throw new IOException("the site template is missing from this okrsite build");
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (uri.getScheme().equals("jar")) {
      FileSystem fs;
      boolean opened = false;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      try {
        read(fs.getPath(RESOURCE), shift, out);
      } finally {
        if (opened) fs.close();
      }
    } else {
      read(Path.of(uri), shift, out);
    }
    return out;
  }

  private static void read(Path root, QuarterShift shift, Map<String, String> out)
      throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        out.put(shift.path(dotNames(rel)), shift.text(Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
  }

  /** {@code _github/workflows/x.yml} → {@code .github/workflows/x.yml}. */
  static String dotNames(String rel) {
    StringBuilder b = new StringBuilder();
    for (String seg : rel.split("/")) {
      if (b.length() > 0) b.append('/');
      b.append(seg.startsWith("_") ? "." + seg.substring(1) : seg);
    }
    return b.toString();
  }
}
