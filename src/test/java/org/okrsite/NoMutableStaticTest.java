package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the main sources shares mutable global state: no static field that is not final, and
 * no static final field holding a mutable collection or an atomic (a static registry or cache).
 * Lookup tables filled once in a static initializer (arrays of constants) and per-thread instances
 * of formatters that are not thread-safe ({@code ThreadLocal}) are allowed.
 */
class NoMutableStaticTest {
  private static final Path MAIN = Path.of("src/main/java");

  /**
   * A field declaration with {@code static} among its modifiers: modifiers, type, name, then = or
   * ;.
   */
  private static final Pattern STATIC_FIELD =
      Pattern.compile(
          "(?m)^[ \\t]*((?:(?:public|protected|private|static|final|volatile|transient)\\s+)*)"
              + "([\\w.]+(?:\\s*<[\\w.<>?, \\[\\]]*>)?(?:\\s*\\[\\s*\\])*)\\s+(\\w+)\\s*(=|;)");

  private static final Pattern MUTABLE =
      Pattern.compile(
          "\\b(?:HashMap|LinkedHashMap|TreeMap|WeakHashMap|IdentityHashMap|ConcurrentHashMap|ConcurrentSkipListMap"
              + "|EnumMap|ArrayList|LinkedList|ArrayDeque|HashSet|LinkedHashSet|TreeSet|EnumSet|CopyOnWriteArrayList"
              + "|StringBuilder|Atomic\\w+|LongAdder)\\b");

  @Test
  void mainSourcesHaveNoMutableStaticFields() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        found.addAll(
            violations(
                MAIN.relativize(p).toString().replace('\\', '/'),
                Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    assertEquals(
        List.of(),
        found,
        "mutable static state; pass it as a value or make it an immutable constant");
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    String src =
        """
        class A {
          private static volatile A last;
          static int count = 0;
          static final java.util.Map<String, A> BY_NAME = new java.util.HashMap<>();
          private static final java.util.concurrent.atomic.AtomicLong N = new java.util.concurrent.atomic.AtomicLong();
          static final String OK = "static int notAField;"; // static int nor = this;
          /* static int norThis; */
          private static final java.util.List<String> FINE = java.util.List.of("a");
          private static final int[] TABLE = new int[4];
          static int method() { return 0; }
          private final java.util.Map<String, A> instance = new java.util.HashMap<>();
        }
        """;
    assertEquals(
        List.of(
            "A.java:2: not final: last",
            "A.java:3: not final: count",
            "A.java:4: mutable: BY_NAME",
            "A.java:5: mutable: N"),
        violations("A.java", src));
  }

  static List<String> violations(String file, String source) {
    String code = blankCommentsAndStrings(source);
    List<String> out = new ArrayList<>();
    Matcher m = STATIC_FIELD.matcher(code);
    while (m.find()) {
      String modifiers = " " + m.group(1);
      if (!modifiers.contains(" static ") || m.group(2).matches("return|new|throw|else|case"))
        continue;
      int line = 1 + (int) code.substring(0, m.start(3)).chars().filter(c -> c == '\n').count();
      String name = m.group(3);
      if (!modifiers.contains(" final ")) {
        out.add(file + ":" + line + ": not final: " + name);
        continue;
      }
      String initializer =
          m.group(4).equals("=") ? code.substring(m.end(4), statementEnd(code, m.end(4))) : "";
      if (MUTABLE.matcher(m.group(2)).find()
          || MUTABLE.matcher(initializer.replaceAll("\\bnew\\s+", "new ")).find()
              && initializer.matches("(?s)\\s*new\\s.*")) {
        out.add(file + ":" + line + ": mutable: " + name);
      }
    }
    return out;
  }

  private static int statementEnd(String code, int from) {
    int depth = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '{' || c == '[') depth++;
      else if (c == ')' || c == '}' || c == ']') depth--;
      else if (c == ';' && depth <= 0) return i;
    }
    return code.length();
  }

  /**
   * The source with comments, string, text-block and char literals replaced by spaces (newlines
   * kept).
   */
  static String blankCommentsAndStrings(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      String end = null;
      if (s.startsWith("//", i)) end = "\n";
      else if (s.startsWith("/*", i)) end = "*/";
      else if (s.startsWith("\"\"\"", i)) end = "\"\"\"";
      else if (c == '"') end = "\"";
      else if (c == '\'') end = "'";
      if (end == null) {
        b.append(c);
        i++;
        continue;
      }
      int j = i + (end.equals("\"\"\"") ? 3 : end.equals("*/") ? 2 : 1);
      while (j < s.length() && !s.startsWith(end, j))
        j += s.charAt(j) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
      j = Math.min(s.length(), end.equals("\n") ? j : j + end.length());
      for (int k = i; k < j; k++) b.append(s.charAt(k) == '\n' ? '\n' : ' ');
      i = j;
    }
    return b.toString();
  }
}
