package org.okrsite.content;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A scalar as written. {@code text} is the scalar's value (without quotes); {@code type} is what
 * YAML 1.1 core resolution makes of it, so {@code 0.6} is a FLOAT and {@code "0.6"} a STRING.
 */
public final class YamlScalar implements YamlNode {
  private final String text;
  private final Type type;
  // the position as its parts, not a SourcePosition: a large organisation's content has millions of
  // scalars, and while it is linked each kept an object of 24 bytes for its position
  private final String file;
  private final int line;
  private final int column;

  public YamlScalar(String text, Type type, SourcePosition position) {
    this.text = text;
    this.type = type;
    this.file = position.file();
    this.line = position.line();
    this.column = position.column();
  }

  public String text() {
    return text;
  }

  public Type type() {
    return type;
  }

  @Override
  public SourcePosition position() {
    return new SourcePosition(file, line, column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YamlScalar s
        && java.util.Objects.equals(text, s.text)
        && type == s.type
        && java.util.Objects.equals(file, s.file)
        && line == s.line
        && column == s.column;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text, type, position());
  }

  @Override
  public String toString() {
    return "YamlScalar[text=" + text + ", type=" + type + ", position=" + position() + "]";
  }

  /** The resolved YAML type of a scalar. */
  public enum Type {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL,
    DATE
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  public boolean isNumber() {
    return type == Type.INT || type == Type.FLOAT;
  }

  @Override
  public String typeName() {
    return switch (type) {
      case STRING -> "text";
      case INT, FLOAT -> "number";
      case BOOL -> "true/false";
      case NULL -> "nothing";
      case DATE -> "date";
    };
  }
}
