package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's order, enforced: each package imports only packages in lower layers, so data flows
 * one way and there are no cycles. Packages in the same layer do not import each other either. A
 * new package must be given a layer here; a violation is fixed by moving code to the right layer,
 * not by moving the layers.
 */
class PackageOrderTest {
  /**
   * Lowest first; {@code |} separates the independent packages of one layer. {@code root} is {@code
   * org.okrsite}.
   */
  static final List<String> LAYERS =
      List.of(
          "diagnostic",
          "escape | json",
          "model | content",
          "config",
          "mdokr",
          "link",
          "check | score",
          "review",
          "chart",
          "site",
          "render | publish | scaffold",
          "root",
          "serve",
          "cli");

  @Test
  void everyPackageImportsOnlyLowerLayers() {
    Map<String, Integer> layer = layers();
    List<String> broken = new ArrayList<>();
    for (JavaSources.Import i : JavaSources.imports()) {
      broken.addAll(violations(i, layer));
    }
    assertTrue(
        broken.isEmpty(),
        broken.size()
            + " import(s) against the package order "
            + LAYERS
            + ":\n"
            + String.join("\n", broken));
  }

  @Test
  void everyMainPackageHasALayer() {
    Map<String, Integer> layer = layers();
    TreeSet<String> unknown = new TreeSet<>();
    for (JavaSources.Import i : JavaSources.imports()) {
      if (!layer.containsKey(i.fromPackage())) unknown.add(i.fromPackage());
      if (!layer.containsKey(i.toPackage())) unknown.add(i.toPackage());
    }
    assertEquals(new TreeSet<String>(), unknown, "packages missing from PackageOrderTest.LAYERS");
  }

  @Test
  void aViolationNamesTheFileTheImportAndTheRule() {
    List<JavaSources.Import> imports =
        JavaSources.imports(
            Path.of("src/main/java/org/okrsite/link/X.java"),
            List.of(
                "package org.okrsite.link;",
                "",
                "import org.okrsite.score.KeyResultMath;",
                "import org.okrsite.model.KrKind;",
                "import org.okrsite.check.Check;"));
    List<String> broken = new ArrayList<>();
    for (JavaSources.Import i : imports) broken.addAll(violations(i, layers()));
    assertEquals(
        List.of(
            "src/main/java/org/okrsite/link/X.java:3: import org.okrsite.score.KeyResultMath: link"
                + " (layer 6) must not import score (layer 7, higher)",
            "src/main/java/org/okrsite/link/X.java:5: import org.okrsite.check.Check: link (layer"
                + " 6) must not import check (layer 7, higher)"),
        broken);
    List<String> sameLayer =
        violations(
            JavaSources.imports(
                    Path.of("R.java"),
                    List.of(
                        "package org.okrsite.render;", "import org.okrsite.publish.OutputFiles;"))
                .get(0),
            layers());
    assertEquals(
        List.of(
            "R.java:2: import org.okrsite.publish.OutputFiles: render (layer 11) "
                + "must not import publish (layer 11, the same layer)"),
        sameLayer);
  }

  @Test
  void importsAreReadWithTheirPackages() {
    List<JavaSources.Import> imports =
        JavaSources.imports(
            Path.of("A.java"),
            List.of(
                "package org.okrsite;",
                "import static org.okrsite.model.Level.COMPANY;",
                "import org.okrsite.render.*;",
                "import java.util.List;",
                "import org.okrsite.SiteBuilder;"));
    assertEquals(
        List.of("root>model", "root>render", "root>root"),
        imports.stream().map(i -> i.fromPackage() + ">" + i.toPackage()).toList());
  }

  /** Why {@code i} breaks the order, or nothing. */
  private static List<String> violations(JavaSources.Import i, Map<String, Integer> layer) {
    String from = i.fromPackage();
    String to = i.toPackage();
    if (from.equals(to) || !layer.containsKey(from) || !layer.containsKey(to)) return List.of();
    int a = layer.get(from);
    int b = layer.get(to);
    if (b < a) return List.of();
    String where = b > a ? "higher" : "the same layer";
    return List.of(
        i.file()
            + ":"
            + i.line()
            + ": import "
            + i.imported()
            + ": "
            + from
            + " (layer "
            + a
            + ") must not import "
            + to
            + " (layer "
            + b
            + ", "
            + where
            + ")");
  }

  /** Package → its layer, 1-based. */
  private static Map<String, Integer> layers() {
    Map<String, Integer> out = new HashMap<>();
    for (int n = 0; n < LAYERS.size(); n++) {
      for (String pkg : LAYERS.get(n).split("\\|")) out.put(pkg.strip(), n + 1);
    }
    return out;
  }
}
