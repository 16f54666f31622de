package org.okrsite.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Safe YAML: SnakeYAML only composes nodes (never constructs objects), with aliases, nesting and
 * size bounded; every failure becomes a diagnostic.
 */
final class SafeYaml {
  static final int MAX_CODE_POINTS = 5_000_000;

  /**
   * The mappings of a YAML stream, in order.
   *
   * @param failed whether an error stopped or spoiled part of the stream
   */
  record Parsed(List<YamlMapping> documents, boolean failed) {}

  private SafeYaml() {}

  /**
   * Parses every document of {@code text}. {@code lineOffset} is added to every line, for YAML that
   * starts further down its file (front matter).
   */
  static Parsed parse(String path, String text, int lineOffset, Diagnostics diagnostics) {
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      diagnostics.error(
          SourcePosition.ofFile(path),
          Rule.CONTENT_TOO_LARGE,
          "YAML is longer than " + MAX_CODE_POINTS + " characters",
          "split the file into smaller files");
      return new Parsed(List.of(), true);
    }
    int longWord = longWordAt(text);
    if (longWord >= 0) {
      SourcePosition at = TextPositions.at(path, text, longWord);
      diagnostics.error(
          new SourcePosition(path, at.line() + lineOffset, at.column()),
          Rule.YAML_VALUE_TOO_LONG,
          "more than "
              + YamlTreeBuilder.MAX_SCALAR_CHARS
              + " characters without a space or line break",
          "shorten the value, or move long text into a Markdown file's body");
      return new Parsed(List.of(), true);
    }
    YamlTreeBuilder builder = new YamlTreeBuilder(path, lineOffset, diagnostics);
    TrackingParser parser =
        new TrackingParser(new ParserImpl(new StreamReader(new StringReader(text)), options()));
    Composer composer = new Composer(parser, ScalarTags.RESOLVER, options());
    List<YamlMapping> documents = new ArrayList<>();
    boolean failed = false;
    try {
      while (composer.checkNode()) {
        Node root = composer.getNode();
        if (isEmpty(root)) continue;
        YamlNode tree = builder.document(root);
        if (tree == null) {
          failed = true;
        } else if (tree instanceof YamlMapping mapping) {
          documents.add(mapping);
        } else {
          failed = true;
          diagnostics.error(
              tree.position(),
              Rule.YAML_NOT_MAPPING,
              "the document is a "
                  + tree.typeName()
                  + ", but it must be a mapping of `key: value` lines",
              "start the document with a key, e.g. `okr:`, and indent its content below it");
        }
      }
    } catch (YamlProblem p) {
      diagnostics.error(p.position, p.rule, p.getMessage(), p.hint);
      failed = true;
    } catch (YAMLException | StackOverflowError | IllegalArgumentException e) {
      // SnakeYAML throws IllegalArgumentException for some malformed tags (found by fuzzing:
      // "!)%0b").
      new YamlErrors(path, text, lineOffset, builder).report(e, parser.lastMark, diagnostics);
      failed = true;
    }
    return new Parsed(documents, failed);
  }

  /**
   * Where a run of more than {@link YamlTreeBuilder#MAX_SCALAR_CHARS} characters without white
   * space starts, or -1. SnakeYAML's reader copies its buffer for every 1024 characters of such a
   * run, so a 4 MB word takes minutes (quadratic); no OKR value is one word that long, so refuse it
   * up front.
   */
  static int longWordAt(String text) {
    if (text.length() <= YamlTreeBuilder.MAX_SCALAR_CHARS) return -1; // nearly every file
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        start = i + 1;
      } else if (i - start >= YamlTreeBuilder.MAX_SCALAR_CHARS) {
        return start;
      }
    }
    return -1;
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(YamlTreeBuilder.MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    // Let every tag through composition so that the tree builder reports it as yaml-tag; nothing is
    // ever constructed from a tag.
    options.setTagInspector(tag -> true);
    return options;
  }

  private static boolean isEmpty(Node root) {
    return root instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty();
  }

  /** Remembers where the last event started, for SnakeYAML errors that carry no position. */
  private static final class TrackingParser implements Parser {
    private final Parser inner;
    Mark lastMark;

    TrackingParser(Parser inner) {
      this.inner = inner;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return inner.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return track(inner.peekEvent());
    }

    @Override
    public Event getEvent() {
      return track(inner.getEvent());
    }

    private Event track(Event e) {
      if (e != null) lastMark = e.getStartMark();
      return e;
    }
  }
}
