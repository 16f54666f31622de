package org.okrsite.mdokr;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * The one place that knows flexmark: parses a Markdown body into {@link Block}s whose positions are
 * lines and columns of the file (the body starts at {@code bodyLine}).
 */
final class MarkdownBlocks {
  private static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())))
          .build();

  private final String file;
  private final int bodyLine;
  private final int[] lineStarts;

  private MarkdownBlocks(String file, String body, int bodyLine) {
    this.file = file;
    this.bodyLine = bodyLine;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') starts.add(i + 1);
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The top-level blocks of {@code body}, in order; list items keep their nesting. */
  static List<Block> parse(String file, String body, int bodyLine) {
    MarkdownBlocks b = new MarkdownBlocks(file, body, bodyLine);
    List<Block> out = new ArrayList<>();
    for (Node n : PARSER.parse(body).getChildren()) b.add(n, out);
    return out;
  }

  private void add(Node n, List<Block> out) {
    if (n instanceof Heading h) {
      out.add(new Block.Heading(h.getLevel(), text(h), at(h.getText(), h)));
    } else if (n instanceof Paragraph p) {
      out.add(new Block.Para(text(p), p.getChars().toString().strip(), at(p.getChars(), p)));
    } else if (n instanceof ListBlock l) {
      out.addAll(items(l));
    } else if (n instanceof TableBlock t) {
      table(t, out);
    }
  }

  private List<Block.Item> items(ListBlock l) {
    List<Block.Item> out = new ArrayList<>();
    boolean ordered = l instanceof OrderedList;
    for (Node c : l.getChildren()) {
      if (!(c instanceof ListItem li)) continue;
      StringBuilder text = new StringBuilder();
      List<Block.Item> children = new ArrayList<>();
      Node first = null;
      for (Node part : li.getChildren()) {
        if (part instanceof BulletList || part instanceof OrderedList) {
          children.addAll(items((ListBlock) part));
        } else {
          if (first == null) first = part;
          text.append(text.length() == 0 ? "" : " ").append(text(part));
        }
      }
      SourcePosition pos = first != null ? at(first.getChars(), first) : at(li.getChars(), li);
      out.add(new Block.Item(clean(text.toString()), ordered, children, pos));
    }
    return out;
  }

  private void table(TableBlock t, List<Block> out) {
    List<Block.Cell> header = new ArrayList<>();
    List<List<Block.Cell>> rows = new ArrayList<>();
    SourcePosition at = at(t.getChars(), t);
    for (Node section : t.getChildren()) {
      for (Node r : section.getChildren()) {
        if (!(r instanceof TableRow row)) continue;
        List<Block.Cell> cells = new ArrayList<>();
        for (Node c : row.getChildren()) {
          if (c instanceof TableCell cell)
            cells.add(new Block.Cell(text(cell), at(cell.getText(), cell)));
        }
        if (section instanceof TableHead) {
          if (header.isEmpty()) header.addAll(cells);
        } else {
          rows.add(cells);
        }
      }
    }
    out.add(new Block.Table(header, rows, at));
  }

  private static String text(Node n) {
    return clean(new TextCollectingVisitor().collectAndGetText(n));
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The position of the first non-blank character of {@code chars} (or of the node). */
  private SourcePosition at(BasedSequence chars, Node n) {
    int offset = chars.isEmpty() ? n.getStartOffset() : chars.getStartOffset();
    BasedSequence trimmed = chars.trimStart();
    if (!trimmed.isEmpty()) offset = trimmed.getStartOffset();
    return position(offset);
  }

  private SourcePosition position(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new SourcePosition(file, bodyLine + line, offset - lineStarts[line] + 1);
  }
}
