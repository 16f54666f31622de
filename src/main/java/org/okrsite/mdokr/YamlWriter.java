package org.okrsite.mdokr;

import java.util.List;
import java.util.regex.Pattern;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.content.YamlSequence;
import org.okrsite.escape.Yaml;

/**
 * Writes a YAML node tree as block-style YAML, deterministically: entries in tree order, every text
 * scalar double-quoted (so "0.6", "yes" or "#1 channel" read back as the same text), numbers, dates
 * and booleans plain. Reading the output back gives the same tree, positions aside.
 *
 * <pre>{@code
 * String yaml = YamlWriter.write(translation.documents());
 * }</pre>
 */
public final class YamlWriter {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private YamlWriter() {}

  /** The documents' data as one YAML stream, separated by {@code ---}. */
  public static String write(List<SourceDocument> documents) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) b.append("---\n");
      mapping(b, documents.get(i).data(), 0, false);
    }
    return b.toString();
  }

  /** Entries at {@code indent}; {@code afterDash} when the first one follows a list's "- ". */
  private static void mapping(StringBuilder b, YamlMapping m, int indent, boolean afterDash) {
    boolean first = true;
    for (YamlMapping.Entry e : m.entries()) {
      if (!(first && afterDash)) b.append(" ".repeat(indent));
      first = false;
      b.append(key(e.key().text())).append(':');
      value(b, e.value(), indent + 2);
    }
  }

  /** A value after "key:" or "-": inline for scalars and empty collections, else on new lines. */
  private static void value(StringBuilder b, YamlNode v, int indent) {
    if (v instanceof YamlScalar s) {
      b.append(' ').append(scalar(s)).append('\n');
    } else if (v instanceof YamlMapping m) {
      if (m.entries().isEmpty()) b.append(" {}\n");
      else mapping(b.append('\n'), m, indent, false);
    } else if (v instanceof YamlSequence q) {
      if (q.items().isEmpty()) b.append(" []\n");
      else sequence(b.append('\n'), q, indent);
    }
  }

  private static void sequence(StringBuilder b, YamlSequence q, int indent) {
    for (YamlNode item : q.items()) {
      b.append(" ".repeat(indent)).append('-');
      if (item instanceof YamlMapping m && !m.entries().isEmpty()) {
        // The first entry shares the dash's line; the rest line up under it.
        b.append(' ');
        mapping(b, m, indent + 2, true);
      } else {
        value(b, item, indent + 2);
      }
    }
  }

  private static String key(String k) {
    return PLAIN_KEY.matcher(k).matches() ? k : Yaml.quote(k);
  }

  private static String scalar(YamlScalar s) {
    return switch (s.type()) {
      case STRING -> Yaml.quote(s.text());
      case NULL -> "null";
      default -> s.text();
    };
  }
}
