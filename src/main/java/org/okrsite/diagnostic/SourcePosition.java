package org.okrsite.diagnostic;

/**
 * Where something was written: a path relative to the source folder (always with {@code /}), and a
 * 1-based line and column. Line 0 means "the file as a whole".
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {

  /** A position naming a whole file, used when nothing more precise is known. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePosition o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
