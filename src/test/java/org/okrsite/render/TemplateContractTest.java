package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.diagnostic.Diagnostic;

/**
 * Every name a default-theme template uses resolves against the view record its page is rendered
 * with, so a template slip is a test failure rather than an empty heading; and a site's theme
 * override naming an unknown variable is a build warning naming the file and line.
 */
class TemplateContractTest {
  @TempDir Path tmp;

  @Test
  void everyNameInTheDefaultThemeResolvesAgainstItsPageRecord() {
    Theme theme = new Theme(null);
    for (var page : PageTypes.BY_TEMPLATE.entrySet()) {
      assertEquals(
          List.of(),
          TemplateContract.check(theme, page.getKey() + ".mustache", page.getValue()),
          page.getKey());
    }
  }

  /**
   * A {@code Map} or {@code Object} anywhere in a page's view graph would let any name resolve, so
   * the check above would pass a typo: every value a typed page reaches has a closed type.
   */
  @Test
  void noTypedPageReachesAnOpenType() {
    List<String> open = new ArrayList<>();
    for (var page : PageTypes.BY_TEMPLATE.entrySet())
      openTypes(page.getValue(), page.getKey(), new HashSet<>(), open);
    assertEquals(List.of(), open);
  }

  private static void openTypes(Type t, String path, Set<Type> seen, List<String> open) {
    if (!seen.add(t)) return;
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Map.class.isAssignableFrom(raw)) open.add(path + ": " + t.getTypeName());
      for (Type arg : p.getActualTypeArguments()) openTypes(arg, path + "[]", seen, open);
      return;
    }
    if (!(t instanceof Class<?> c)) {
      open.add(path + ": " + t.getTypeName());
      return;
    }
    if (c == Object.class || Map.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c))
      open.add(path + ": " + c.getName());
    if (c.isPrimitive() || c.getName().startsWith("java.")) return;
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents())
        openTypes(rc.getGenericType(), path + "." + rc.getName(), seen, open);
    } else {
      for (Method m : c.getDeclaredMethods())
        if (Modifier.isPublic(m.getModifiers())
            && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0
            && !sharingPlumbing(m))
          openTypes(m.getGenericReturnType(), path + "." + m.getName(), seen, open);
    }
  }

  /** {@link SharedFragments.Shared}'s methods, which the page writer calls, not templates. */
  private static boolean sharingPlumbing(Method m) {
    for (Method shared : SharedFragments.Shared.class.getMethods())
      if (shared.getName().equals(m.getName())) return true;
    return false;
  }

  @Test
  void everyPageTemplateHasAViewRecord() throws IOException {
    Set<String> templates = new TreeSet<>();
    try (Stream<Path> s = Files.list(Path.of("themes/default"))) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".mustache"))
          .forEach(n -> templates.add(n.substring(0, n.length() - ".mustache".length())));
    }
    assertEquals(templates, new TreeSet<>(PageTypes.BY_TEMPLATE.keySet()));
  }

  @Test
  void aTypoFollowsSectionsAndPartialsAndSuggestsTheNearestName() throws IOException {
    Path source = tmp.resolve("site");
    Files.createDirectories(source.resolve("themes/partials"));
    Files.writeString(
        source.resolve("themes/cycle.mustache"),
        "<h1>{{Name}}</h1>\n"
            + "{{#groups}}{{name}} {{>"
            + " partials/group}}{{/groups}}{{#burnUp}}{{caption}}{{/burnUp}}\n");
    Files.writeString(
        source.resolve("themes/partials/group.mustache"),
        "{{#cards}}{{title}}{{#owner}}{{lable}}{{/owner}}{{/cards}}{{average}}{{nope}}\n");
    List<TemplateContract.Unknown> found =
        TemplateContract.check(new Theme(source), "cycle.mustache", CyclePage.class);
    assertEquals(
        List.of(
            new TemplateContract.Unknown("cycle.mustache", 1, 5, "Name", List.of("name")),
            new TemplateContract.Unknown(
                "partials/group.mustache", 1, 30, "lable", List.of("label")),
            new TemplateContract.Unknown(
                "partials/group.mustache", 1, 70, "nope", List.of("note", "name"))),
        found);
  }

  @Test
  void aThemeOverrideWithAnUnknownVariableIsAWarningWithFileAndLine() throws Exception {
    Path source = tmp.resolve("content");
    ThemeOverrideTest.copy(GoldenSiteTest.CASE.resolve("content"), source);
    Files.createDirectories(source.resolve("themes"));
    Files.writeString(
        source.resolve("themes/cycle.mustache"),
        "<h1>{{name}}</h1>\n<p>{{average}}</p>\n    {{nmae}}\n");
    SiteBuilder.Result result =
        SiteBuilder.build(
            new SiteBuilder.Options(
                source, tmp.resolve("public"), BuiltSite.AS_OF, false, false, false),
            SiteBuilder.Progress.NONE);
    assertEquals(
        List.of(
            "themes/cycle.mustache:3:5: warning: unknown variable 'nmae' in the cycle page; did you"
                + " mean 'name'? [theme-unknown-variable]"),
        result.diagnostics().stream()
            .map(Diagnostic::line)
            .filter(l -> l.contains("theme-"))
            .toList());
    assertEquals(false, result.hasErrors());
  }
}
