package org.okrsite.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue ({@link Rule}) is the one place rules are listed: the generated reference
 * matches it, no main source passes a bare string as a rule id, and ids are unique and kebab-case.
 */
class RuleCatalogueTest {
  static final Path REFERENCE = Path.of("docs/reference/rules.md");
  static final Path MAIN = Path.of("src/main/java");
  static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Pattern HYPHENATED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

  /**
   * Calls whose arguments name a rule: a bare kebab-case string among them is a rule id outside the
   * catalogue.
   */
  static final Set<String> DIAGNOSTIC_CALLS =
      Set.of(
          "error",
          "warning",
          "report",
          "Diagnostic",
          "Diagnostic.of",
          "Finding",
          "YamlProblem",
          "fraction",
          "add");

  @Test
  void referenceIsGeneratedFromTheCatalogue() throws IOException {
    String expected = Rule.markdownReference();
    if (Boolean.getBoolean("okrsite.updateDocs")) {
      Files.createDirectories(REFERENCE.getParent());
      Files.writeString(REFERENCE, expected);
    }
    String actual = Files.exists(REFERENCE) ? Files.readString(REFERENCE) : "";
    assertEquals(
        expected,
        actual,
        REFERENCE
            + " differs from the rule catalogue (org.okrsite.diagnostic.Rule); regenerate it with:"
            + " mvn -B -q test -Dtest=RuleCatalogueTest -Dokrsite.updateDocs=true");
  }

  @Test
  void idsAreUniqueKebabCaseAndMatchTheirConstants() {
    Set<String> seen = new HashSet<>();
    for (Rule r : Rule.values()) {
      assertTrue(KEBAB.matcher(r.id()).matches(), r.id() + " is not kebab-case");
      assertTrue(seen.add(r.id()), r.id() + " is in the catalogue twice");
      assertEquals(
          r.name(), r.id().toUpperCase(Locale.ROOT).replace('-', '_'), "constant of " + r.id());
      assertTrue(
          !r.description().isBlank() && !r.fix().isBlank(),
          r.id() + " needs a description and a fix");
      assertEquals(r, Rule.byId(r.id()).orElseThrow());
    }
  }

  @Test
  void theIssuesExampleRulesExist() {
    assertEquals(Severity.WARNING, Rule.KR_NO_BASELINE.severity());
    assertEquals("kr-no-baseline", Rule.nearest("kr-no-baselin").orElseThrow().id());
    assertEquals("unknown-rule", Rule.UNKNOWN_RULE.id());
    assertTrue(Rule.nearest("theme-colour-of-the-month").isEmpty());
  }

  @Test
  void noMainSourcePassesABareRuleId() {
    Set<String> catalogue = new HashSet<>();
    for (Rule r : Rule.values()) catalogue.add(r.id());
    List<String> slips = bareRuleIds(MAIN, catalogue);
    if (!slips.isEmpty()) {
      fail(
          "rule ids as bare strings outside org.okrsite.diagnostic.Rule; add the rule to the"
              + " catalogue and pass Rule.X:\n"
              + String.join("\n", slips));
    }
  }

  /**
   * String literals under {@code root} (but outside {@code Rule.java}) that are rule ids: any
   * literal equal to a catalogue id, and any hyphenated kebab-case literal given directly to a call
   * that makes a diagnostic or a finding. Each as {@code FILE:LINE: "id" in CALL(...)}.
   */
  static List<String> bareRuleIds(Path root, Set<String> catalogue) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        if (!p.toString().endsWith(".java") || p.getFileName().toString().equals("Rule.java"))
          continue;
        String s = Files.readString(p);
        for (int[] lit : literals(s)) {
          String text = s.substring(lit[0] + 1, lit[1] - 1);
          String call = enclosingCall(s, lit[0]);
          String simple = call.substring(call.lastIndexOf('.') + 1);
          boolean called =
              DIAGNOSTIC_CALLS.contains(call.endsWith("Diagnostic.of") ? "Diagnostic.of" : simple);
          boolean slip = catalogue.contains(text) || HYPHENATED.matcher(text).matches() && called;
          if (slip) {
            int line = 1;
            for (int i = 0; i < lit[0]; i++) if (s.charAt(i) == '\n') line++;
            out.add(root.relativize(p) + ":" + line + ": \"" + text + "\" in " + call + "(...)");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Start and end (exclusive, quotes included) of each ordinary string literal, skipping comments
   * and text blocks.
   */
  static List<int[]> literals(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        i = s.indexOf('\n', i);
        if (i < 0) break;
      } else if (s.startsWith("/*", i)) {
        i = s.indexOf("*/", i + 2);
        if (i < 0) break;
        i += 2;
      } else if (s.startsWith("\"\"\"", i)) {
        i = s.indexOf("\"\"\"", i + 3);
        if (i < 0) break;
        i += 3;
      } else if (c == '\'') {
        i++;
        while (i < s.length() && s.charAt(i) != '\'') i += s.charAt(i) == '\\' ? 2 : 1;
        i++;
      } else if (c == '"') {
        int start = i++;
        while (i < s.length() && s.charAt(i) != '"') i += s.charAt(i) == '\\' ? 2 : 1;
        out.add(new int[] {start, ++i});
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The (possibly dotted) name of the call whose argument list directly holds the position, or ""
   * if none.
   */
  static String enclosingCall(String s, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ')' || c == ']') {
        depth++;
      } else if (c == '[') {
        depth--;
      } else if (c == '(') {
        if (depth-- > 0) continue;
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) j--;
        int end = j + 1;
        while (j >= 0 && (Character.isJavaIdentifierPart(s.charAt(j)) || s.charAt(j) == '.')) j--;
        return s.substring(j + 1, end);
      } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
        return "";
      }
    }
    return "";
  }

  /**
   * Runs the source scan alone on another checkout: {@code java ... RuleCatalogueTest
   * DIR/src/main/java}.
   */
  public static void main(String[] args) {
    List<String> slips = bareRuleIds(Path.of(args[0]), Set.of());
    slips.forEach(System.out::println);
    System.out.println(slips.size() + " bare rule ids");
  }
}
