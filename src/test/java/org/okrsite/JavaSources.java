package org.okrsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The main source files of okrsite, and the imports of our own packages each one declares. */
final class JavaSources {
  static final Path MAIN = Path.of("src/main/java");
  private static final String ROOT = "org.okrsite";
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?(org\\.okrsite\\.[\\w.*]+)\\s*;");

  private JavaSources() {}

  /**
   * One {@code import org.okrsite…} line: the file, its line number, what it names, and the two
   * packages.
   */
  record Import(Path file, int line, String imported, String fromPackage, String toPackage) {}

  /** Every import of an okrsite type in every main source file, in file order. */
  static List<Import> imports() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<Import> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        out.addAll(imports(f, Files.readAllLines(f, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The okrsite imports of one file, given its lines. */
  static List<Import> imports(Path file, List<String> lines) {
    String pkg = null;
    List<Import> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher p = PACKAGE.matcher(line);
      if (p.find()) pkg = p.group(1);
      Matcher m = IMPORT.matcher(line);
      if (m.find())
        out.add(
            new Import(file, i + 1, m.group(1), shortName(pkg), shortName(packageOf(m.group(1)))));
    }
    return out;
  }

  /**
   * The package part of an imported name: the segments before the first capitalised one (the type).
   */
  static String packageOf(String imported) {
    StringBuilder pkg = new StringBuilder();
    for (String segment : imported.split("\\.")) {
      if (segment.equals("*") || Character.isUpperCase(segment.charAt(0))) break;
      if (pkg.length() > 0) pkg.append('.');
      pkg.append(segment);
    }
    return pkg.toString();
  }

  /** {@code org.okrsite.render} → {@code render}; {@code org.okrsite} → {@code root}. */
  static String shortName(String pkg) {
    if (pkg == null || pkg.equals(ROOT)) return "root";
    return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : pkg;
  }
}
