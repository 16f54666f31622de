package org.okrsite.mdokr;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/** One block of a Markdown body, reduced to what OKR documents are made of. */
sealed interface Block permits Block.Heading, Block.Para, Block.Item, Block.Table {

  SourcePosition at();

  /** A heading; {@code text} is its plain text, {@code at} the first character of that text. */
  record Heading(int level, String text, SourcePosition at) implements Block {}

  /**
   * A paragraph outside lists.
   *
   * @param raw the Markdown as written (for narratives)
   */
  record Para(String text, String raw, SourcePosition at) implements Block {}

  /** A list item with its nested items; {@code at} is the first character of its text. */
  record Item(String text, boolean ordered, List<Item> children, SourcePosition at)
      implements Block {
    public Item {
      children = List.copyOf(children);
    }
  }

  /** One table cell: plain text and where that text starts. */
  record Cell(String text, SourcePosition at) {}

  /** A table: header cells and body rows; {@code at} is the header row. */
  record Table(List<Cell> header, List<List<Cell>> rows, SourcePosition at) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
