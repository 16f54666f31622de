package org.okrsite.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML's composed node graph into our immutable {@link YamlNode} tree. Aliases are
 * expanded into copies, with the total node count, the depth and self-reference bounded; tags,
 * complex keys and duplicate keys are checked on the way. One builder serves one file, so the node
 * budget covers all of its documents.
 */
final class YamlTreeBuilder {
  /** Values a document may have once aliases are in play (an alias bomb multiplies values). */
  static final int MAX_NODES = 100_000;

  /**
   * Values a file without aliases may have: only its size bounds it (5 million characters, two a
   * value at least), and the organisation file of 50,000 people has some 300,000.
   */
  static final int MAX_PLAIN_NODES = 2_500_000;

  static final int MAX_DEPTH = 40;

  /**
   * Longer than any narrative; a bound so that a 4 MB string stops here, not in every later stage.
   */
  static final int MAX_SCALAR_CHARS = 100_000;

  private static final int EXCERPT_CHARS = 80;

  /** The one shape allowed to repeat a key: the seed's {@code solo_okr} repeats key_results. */
  private static final String REPEATING_PARENT = "solo_okr";

  private static final String REPEATING_KEY = "key_results";

  private final String path;
  private final int lineOffset;
  private final Diagnostics diagnostics;
  private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodeCount;
  private boolean anyAlias;
  private SourcePosition aliasUse;
  private boolean documentHasErrors;

  YamlTreeBuilder(String path, int lineOffset, Diagnostics diagnostics) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
  }

  /**
   * Converts one document's root node. Returns {@code null} when the document had errors (they are
   * reported); throws {@link YamlProblem} when the rest of the file cannot be read safely.
   */
  YamlNode document(Node root) {
    documentHasErrors = false;
    YamlNode tree = convert(root, position(root.getStartMark()), 1, false);
    return documentHasErrors ? null : tree;
  }

  SourcePosition position(Mark mark) {
    return new SourcePosition(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  private YamlNode convert(Node node, SourcePosition usedAt, int depth, boolean repeatKeyResults) {
    SourcePosition at = position(node.getStartMark());
    // Only an anchored (&name) node can be met twice, through an alias, or contain itself.
    boolean anchored = node.getAnchor() != null;
    if (anchored && ancestors.contains(node)) {
      throw new YamlProblem(
          usedAt,
          Rule.YAML_ALIAS_LIMIT,
          "alias refers to a value that contains itself",
          "an alias (*name) cannot point at its own anchor's value; write the value out");
    }
    boolean alias = anchored && !seen.add(node);
    boolean outermostAlias = alias && aliasUse == null;
    if (outermostAlias) aliasUse = usedAt;
    if (alias) anyAlias = true;
    if (++nodeCount > MAX_PLAIN_NODES) {
      throw new YamlProblem(
          at,
          Rule.CONTENT_TOO_LARGE,
          "more than " + MAX_PLAIN_NODES + " values in one file",
          "split the file into smaller files");
    }
    if (nodeCount > MAX_NODES && anyAlias) {
      throw new YamlProblem(
          aliasUse != null ? aliasUse : at,
          Rule.YAML_ALIAS_LIMIT,
          "too many values after expanding aliases (more than " + MAX_NODES + ")",
          "remove aliases (*name) that repeat large values, or split the file");
    }
    if (depth > MAX_DEPTH) {
      throw new YamlProblem(
          at,
          Rule.YAML_TOO_DEEP,
          "values are nested more than " + MAX_DEPTH + " levels deep",
          "flatten the structure; OKR files need only a few levels");
    }
    if (anchored) ancestors.add(node);
    try {
      if (node instanceof ScalarNode scalar) return scalar(scalar, at);
      checkCollectionTag(node, at);
      if (node instanceof SequenceNode seq) return sequence(seq, at, depth);
      return mapping((MappingNode) node, at, depth, repeatKeyResults);
    } finally {
      if (anchored) ancestors.remove(node);
      if (outermostAlias) aliasUse = null;
    }
  }

  private YamlSequence sequence(SequenceNode seq, SourcePosition at, int depth) {
    List<YamlNode> items = new ArrayList<>();
    for (Node item : seq.getValue()) items.add(convert(item, at, depth + 1, false));
    return new YamlSequence(items, at);
  }

  private YamlMapping mapping(
      MappingNode map, SourcePosition at, int depth, boolean repeatKeyResults) {
    List<YamlMapping.Entry> entries = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    boolean root = depth == 1;
    for (NodeTuple tuple : map.getValue()) {
      YamlNode keyNode = convert(tuple.getKeyNode(), at, depth + 1, false);
      if (!(keyNode instanceof YamlScalar key)) {
        error(
            keyNode.position(),
            Rule.YAML_COMPLEX_KEY,
            "a key must be text, not a " + keyNode.typeName(),
            "write the key as plain text, e.g. `name: value`");
        continue;
      }
      boolean mayRepeat = repeatKeyResults && key.text().equals(REPEATING_KEY);
      Integer first = firstLines.putIfAbsent(key.text(), key.position().line());
      if (first != null && !mayRepeat) {
        error(
            key.position(),
            Rule.YAML_DUPLICATE_KEY,
            "duplicate key '" + excerpt(key.text()) + "' (first at line " + first + ")",
            "remove or rename one of the two entries; a key may appear only once in a mapping");
        continue;
      }
      boolean soloOkr = root && key.text().equals(REPEATING_PARENT);
      YamlNode value = convert(tuple.getValueNode(), key.position(), depth + 1, soloOkr);
      entries.add(new YamlMapping.Entry(key, value));
    }
    return new YamlMapping(entries, at);
  }

  /**
   * Values up to this long are interned: keys, ids, names, units, dates and figures repeat across
   * thousands of files (every check-in names its author, cycle and KRs), and the model keeps them
   * for the whole build. Prose is longer and left alone.
   */
  static final int INTERNED_CHARS = 24;

  private YamlScalar scalar(ScalarNode scalar, SourcePosition at) {
    String value = scalar.getValue();
    if (value.length() <= INTERNED_CHARS) value = value.intern();
    if (value.length() > MAX_SCALAR_CHARS) {
      error(
          at,
          Rule.YAML_VALUE_TOO_LONG,
          "value is "
              + value.length()
              + " characters long; at most "
              + MAX_SCALAR_CHARS
              + " are allowed",
          "shorten the value, or move long text into a Markdown file's body");
      return new YamlScalar("", YamlScalar.Type.STRING, at);
    }
    Tag tag = scalar.getTag();
    YamlScalar.Type type = ScalarTags.typeOf(tag, scalar.isPlain(), value);
    if (type == null) {
      error(
          at,
          Rule.YAML_TAG,
          "tag " + excerpt(ScalarTags.display(tag)) + " is not allowed",
          "remove the tag; values are read as text, numbers, true/false, dates or null");
      return new YamlScalar(value, YamlScalar.Type.STRING, at);
    }
    if (!ScalarTags.valueFits(tag, value)) {
      error(
          at,
          Rule.YAML_TAG,
          "'" + excerpt(value) + "' is not a valid " + excerpt(ScalarTags.display(tag)),
          "remove the tag or correct the value");
    }
    return new YamlScalar(value, type, at);
  }

  private void checkCollectionTag(Node node, SourcePosition at) {
    Tag expected = node instanceof SequenceNode ? Tag.SEQ : Tag.MAP;
    Tag tag = node.getTag();
    if (tag.equals(expected)) return;
    String message =
        ScalarTags.typeOf(tag, false, "") == null
            ? "tag " + excerpt(ScalarTags.display(tag)) + " is not allowed"
            : "tag "
                + excerpt(ScalarTags.display(tag))
                + " cannot be used on a "
                + (node instanceof SequenceNode ? "list" : "mapping");
    error(at, Rule.YAML_TAG, message, "remove the tag; lists and mappings need none");
  }

  /** A value as quoted in a message: short, so diagnostics stay bounded whatever the input. */
  static String excerpt(String text) {
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  private void error(SourcePosition at, Rule rule, String message, String hint) {
    documentHasErrors = true;
    diagnostics.error(at, rule, message, hint);
  }
}
