package org.okrsite.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;
import org.okrsite.escape.Terminal;
import org.okrsite.escape.Xml;
import org.okrsite.json.Json;

/**
 * Prints problems for people and machines. Paths in diagnostics are relative to the source folder;
 * {@code sourcePrefix} (e.g. {@code content/}) makes them relative to the repository for GitHub
 * annotations and SARIF.
 */
public final class Report {
  private Report() {}

  /** The report text in the chosen format. */
  public static String render(ReportFormat f, List<Diagnostic> ds, String sourcePrefix) {
    return switch (f) {
      case TEXT -> text(ds);
      case JSON -> json(ds);
      case GITHUB -> github(ds, sourcePrefix);
      case JUNIT -> junit(ds);
      case SARIF -> sarif(ds, sourcePrefix);
    };
  }

  /**
   * One contract line per problem, each followed by an indented "fix:" line when there is a hint.
   */
  public static String text(List<Diagnostic> ds) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      b.append(Terminal.text(d.line())).append('\n');
      if (!d.hint().isEmpty()) b.append("    fix: ").append(Terminal.text(d.hint())).append('\n');
    }
    return b.toString();
  }

  /** "2 errors, 1 warning" */
  public static String summary(List<Diagnostic> ds) {
    long e = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long w = ds.size() - e;
    return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
  }

  static String json(List<Diagnostic> ds) {
    List<Object> items = new ArrayList<>();
    for (Diagnostic d : ds) items.add(fields(d));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("errors", ds.stream().filter(d -> d.severity() == Severity.ERROR).count());
    root.put("warnings", ds.stream().filter(d -> d.severity() == Severity.WARNING).count());
    root.put("diagnostics", items);
    return Json.pretty(root);
  }

  private static Map<String, Object> fields(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.file());
    m.put("line", d.lineNumber());
    m.put("column", d.column());
    m.put("severity", d.severity().label());
    m.put("rule", d.ruleId());
    m.put("message", d.message());
    m.put("hint", d.hint());
    return m;
  }

  static String github(List<Diagnostic> ds, String prefix) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      b.append("::")
          .append(d.severity() == Severity.ERROR ? "error" : "warning")
          .append(" file=")
          .append(prop(prefix + d.file()))
          .append(",line=")
          .append(d.lineNumber())
          .append(",col=")
          .append(d.column())
          .append(",title=")
          .append(prop(d.ruleId()))
          .append("::")
          .append(
              data(
                  Terminal.text(d.message())
                      + (d.hint().isEmpty() ? "" : "\n" + Terminal.text(d.hint()))))
          .append('\n');
    }
    return b.toString();
  }

  // GitHub workflow-command escaping: data escapes %, CR, LF; properties also : and ,
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String prop(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  static String junit(List<Diagnostic> ds) {
    Map<String, List<Diagnostic>> byFile = new TreeMap<>();
    for (Diagnostic d : ds) byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
    long failures = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuites name=\"okrsite check\" tests=\"")
        .append(Math.max(1, ds.size()))
        .append("\" failures=\"")
        .append(failures)
        .append("\">\n");
    b.append("  <testsuite name=\"okrsite check\" tests=\"")
        .append(Math.max(1, ds.size()))
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    if (ds.isEmpty()) b.append("    <testcase classname=\"okrsite\" name=\"content is valid\"/>\n");
    for (var e : byFile.entrySet()) {
      for (Diagnostic d : e.getValue()) {
        b.append("    <testcase classname=\"")
            .append(Xml.text(e.getKey()))
            .append("\" name=\"")
            .append(Xml.text(d.position() + " " + d.ruleId()))
            .append("\">");
        String tag = d.severity() == Severity.ERROR ? "failure" : "system-out";
        if (tag.equals("failure")) {
          b.append("<failure type=\"")
              .append(Xml.text(d.ruleId()))
              .append("\" message=\"")
              .append(Xml.text(d.message()))
              .append("\">")
              .append(Xml.text(d.line() + "\n" + d.hint()))
              .append("</failure>");
        } else {
          b.append("<system-out>").append(Xml.text(d.line())).append("</system-out>");
        }
        b.append("</testcase>\n");
      }
    }
    b.append("  </testsuite>\n</testsuites>\n");
    return b.toString();
  }

  /** A SARIF reportingDescriptor: the rule's metadata from the catalogue. */
  private static Map<String, Object> sarifRule(Diagnostic d) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", d.ruleId());
    rule.put("name", d.ruleId());
    d.rule()
        .ifPresent(
            r -> {
              rule.put("shortDescription", Map.of("text", r.description()));
              rule.put(
                  "fullDescription",
                  Map.of(
                      "text",
                      r.description()
                          + " Default: "
                          + r.severity().label()
                          + (r.relaxable()
                              ? "; site.yaml's rules: may turn it off or change its level."
                              : "; site.yaml cannot turn it off or downgrade it.")));
              rule.put("help", Map.of("text", r.fix()));
              rule.put(
                  "defaultConfiguration",
                  Map.of("level", r.severity() == Severity.ERROR ? "error" : "warning"));
            });
    return rule;
  }

  static String sarif(List<Diagnostic> ds, String prefix) {
    Map<String, Object> rules = new TreeMap<>();
    List<Object> results = new ArrayList<>();
    for (Diagnostic d : ds) {
      rules.computeIfAbsent(d.ruleId(), id -> sarifRule(d));
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", Math.max(1, d.lineNumber()));
      region.put("startColumn", Math.max(1, d.column()));
      Map<String, Object> artifact = new LinkedHashMap<>();
      artifact.put("uri", prefix + d.file());
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", artifact);
      physical.put("region", region);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ruleId", d.ruleId());
      r.put("level", d.severity() == Severity.ERROR ? "error" : "warning");
      r.put("message", Map.of("text", d.message() + (d.hint().isEmpty() ? "" : " — " + d.hint())));
      r.put("locations", List.of(Map.of("physicalLocation", physical)));
      results.add(r);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "okrsite");
    driver.put("rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return Json.pretty(root);
  }
}
