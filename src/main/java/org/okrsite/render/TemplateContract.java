package org.okrsite.render;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template against the view type it is rendered with: every {@code {{name}}}, {@code
 * {{#name}}} and {@code {{^name}}} must name an accessor (a record component, or a no-argument
 * method as Mustache.java's {@code ReflectionObjectHandler} finds them) of a type in scope,
 * following sections into list element and nested record types, and partials with the scope they
 * are included in. A view type that is a {@link Map} or {@link Object} is open: anything resolves.
 *
 * <pre>{@code
 * List<TemplateContract.Unknown> slips = TemplateContract.check(theme, "cycle.mustache", CyclePage.class);
 * }</pre>
 */
final class TemplateContract {
  private TemplateContract() {}

  /** A name no type in scope has, where it was written, and the nearest names that were there. */
  record Unknown(String file, int line, int column, String name, List<String> suggestions) {}

  private static final Pattern TAG =
      Pattern.compile("\\{\\{(\\{?)\\s*([#^/>&!]?)\\s*([^}]*?)\\s*}?}}");

  /**
   * The unknown names of {@code template} (and the partials it includes) rendered with {@code
   * view}.
   */
  static List<Unknown> check(Theme theme, String template, Class<?> view) {
    List<Unknown> found = new ArrayList<>();
    Deque<Type> scopes = new ArrayDeque<>();
    scopes.push(view);
    walk(theme, template, scopes, found, new HashSet<>(), 0);
    return found;
  }

  private static void walk(
      Theme theme,
      String file,
      Deque<Type> scopes,
      List<Unknown> found,
      Set<String> seen,
      int depth) {
    // a recursive partial (a tree) is checked once per scope it is entered with
    if (depth > 8 || !seen.add(file + scopes)) return;
    String text = theme.text(file);
    Matcher m = TAG.matcher(text);
    Deque<Integer> opened = new ArrayDeque<>();
    while (m.find()) {
      String sigil = m.group(2);
      String name = m.group(3);
      if (sigil.equals("!")) continue;
      if (sigil.equals(">")) {
        walk(theme, name + ".mustache", scopes, found, seen, depth + 1);
        continue;
      }
      if (sigil.equals("/")) {
        if (!opened.isEmpty() && opened.pop() == 1) scopes.pop();
        continue;
      }
      Type type = resolve(name, scopes);
      if (type == null) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
        found.add(new Unknown(file, line, column, name, suggestions(name, scopes)));
        type = Object.class;
      }
      if (sigil.equals("#")) {
        Type inside = element(type);
        if (inside == null) {
          opened.push(0);
        } else {
          scopes.push(inside);
          opened.push(1);
        }
      } else if (sigil.equals("^")) {
        opened.push(0);
      }
    }
  }

  /** The type {@code name} has in the innermost scope that has it; null when none has it. */
  private static Type resolve(String name, Deque<Type> scopes) {
    if (name.equals(".")) return scopes.peek();
    String[] parts = name.split("\\.");
    for (Type scope : scopes) {
      Type t = member(scope, parts[0]);
      if (t == null) continue;
      for (int i = 1; i < parts.length && t != null; i++) t = member(t, parts[i]);
      return t;
    }
    return null;
  }

  /**
   * What a section pushes onto the scope: a list's element, the value itself, or nothing (a
   * boolean).
   */
  private static Type element(Type t) {
    Class<?> raw = raw(t);
    if (raw == boolean.class || raw == Boolean.class) return null;
    if (t instanceof ParameterizedType p
        && (Collection.class.isAssignableFrom(raw)
            || Iterable.class.isAssignableFrom(raw)
            || Optional.class.isAssignableFrom(raw))) {
      return p.getActualTypeArguments()[0];
    }
    if (t instanceof GenericArrayType g) return g.getGenericComponentType();
    if (raw.isArray()) return raw.getComponentType();
    return t;
  }

  /**
   * The type of accessor {@code name} of {@code scope}, as Mustache.java finds it; null when it has
   * none.
   */
  private static Type member(Type scope, String name) {
    Class<?> c = raw(scope);
    if (c == Object.class || Map.class.isAssignableFrom(c)) return Object.class;
    String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
      for (Method method : c.getMethods()) {
        if (method.getName().equals(candidate)
            && method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers())) {
          return method.getGenericReturnType();
        }
      }
    }
    for (Field f : c.getFields()) if (f.getName().equals(name)) return f.getGenericType();
    return null;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) return c;
    if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
    if (t instanceof GenericArrayType) return Object[].class;
    return Object.class; // a type variable or wildcard: open
  }

  /** Names in scope equal but for case, or at most two edits away, nearest first. */
  private static List<String> suggestions(String name, Deque<Type> scopes) {
    TreeSet<String> near =
        new TreeSet<>(
            (a, b) -> {
              int d = Integer.compare(distance(name, a), distance(name, b));
              return d != 0 ? d : a.compareTo(b);
            });
    for (Type scope : scopes) {
      Class<?> c = raw(scope);
      if (!c.isRecord()) continue;
      for (var rc : c.getRecordComponents()) {
        String n = rc.getName();
        if (n.equalsIgnoreCase(name) || distance(name, n) <= 3) near.add(n);
      }
    }
    return List.copyOf(near);
  }

  private static int distance(String a, String b) {
    if (a.equalsIgnoreCase(b)) return 0;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost =
            Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))
                ? 0
                : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] + 1; // case-only differences rank first
  }
}
