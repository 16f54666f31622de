package org.okrsite.json;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as JSON. Maps keep their iteration
 * order, so callers pass {@link java.util.LinkedHashMap}s; numbers are written without exponent or
 * locale.
 *
 * <pre>{@code
 * String s = Json.write(Map.of("score", 0.6)); // {"score":0.6}
 * }</pre>
 */
public final class Json {
  private Json() {}

  /** Compact JSON. */
  public static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, -1, 0);
    return b.toString();
  }

  /** JSON indented by two spaces, with a final newline. */
  public static String pretty(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, 2, 0);
    return b.append('\n').toString();
  }

  /**
   * Like {@link #pretty(Object)}, into {@code out} as it goes: with {@link #each} for the long
   * lists, only one element at a time is in memory, however large the document.
   */
  public static void pretty(Object value, java.io.Writer out) throws java.io.IOException {
    StringBuilder b = new StringBuilder(1 << 17);
    try {
      write(b, value, 2, 0, out);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    b.append('\n');
    out.write(b.toString());
  }

  /**
   * A list whose elements are made one at a time, as they are written: {@code each(objectives, o ->
   * map(o))}. With {@link #pretty(Object, java.io.Writer)} memory stays flat.
   */
  public static <T> Iterable<Object> each(
      Iterable<T> items, java.util.function.Function<? super T, ?> element) {
    return () ->
        new java.util.Iterator<>() {
          private final java.util.Iterator<T> it = items.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Object next() {
            return element.apply(it.next());
          }
        };
  }

  private static void write(StringBuilder b, Object v, int indent, int depth) {
    write(b, v, indent, depth, null);
  }

  private static void write(StringBuilder b, Object v, int indent, int depth, java.io.Writer sink) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof Boolean bool) {
      b.append(bool);
    } else if (v instanceof Double d) {
      b.append(d.isNaN() || d.isInfinite() ? "null" : number(d));
    } else if (v instanceof Float f) {
      write(b, f.doubleValue(), indent, depth, sink);
    } else if (v instanceof Number n) {
      b.append(n.toString());
    } else if (v instanceof Map<?, ?> m) {
      object(b, m, indent, depth, sink);
    } else if (v instanceof Iterable<?> c) {
      array(b, c, indent, depth, sink);
    } else {
      string(b, v.toString());
    }
  }

  private static void object(
      StringBuilder b, Map<?, ?> m, int indent, int depth, java.io.Writer sink) {
    if (m.isEmpty()) {
      b.append("{}");
      return;
    }
    b.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!first) b.append(',');
      first = false;
      newline(b, indent, depth + 1);
      string(b, String.valueOf(e.getKey()));
      b.append(indent >= 0 ? ": " : ":");
      write(b, e.getValue(), indent, depth + 1, sink);
    }
    newline(b, indent, depth);
    b.append('}');
  }

  private static void array(
      StringBuilder b, Iterable<?> c, int indent, int depth, java.io.Writer sink) {
    boolean first = true;
    b.append('[');
    for (Object o : c) {
      if (!first) b.append(',');
      first = false;
      newline(b, indent, depth + 1);
      write(b, o, indent, depth + 1, sink);
      if (sink != null && b.length() > 1 << 16) {
        try {
          sink.write(b.toString());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        b.setLength(0);
      }
    }
    if (first) {
      b.append(']');
      return;
    }
    newline(b, indent, depth);
    b.append(']');
  }

  private static void newline(StringBuilder b, int indent, int depth) {
    if (indent < 0) return;
    b.append('\n');
    b.append(" ".repeat(indent * depth));
  }

  /** A double in plain decimal form: 0.6, 12, -0.25. */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * A JSON string literal; also escapes {@code <}, {@code >} and {@code &} so it is safe in HTML.
   */
  public static void string(StringBuilder b, String s) {
    b.append('"');
    int run = 0; // the start of the characters that need no escape, appended in one go
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20
          && c != '"'
          && c != '\\'
          && c != '<'
          && c != '>'
          && c != '&'
          && c != '\u2028'
          && c != '\u2029') continue;
      b.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    b.append(s, run, s.length());
    b.append('"');
  }
}
