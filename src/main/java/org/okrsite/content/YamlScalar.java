package org.okrsite.content;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A scalar as written. {@code text} is the scalar's value (without quotes); {@code type} is what
 * YAML 1.1 core resolution makes of it, so {@code 0.6} is a FLOAT and {@code "0.6"} a STRING.
 */
public record YamlScalar(String text, Type type, SourcePosition position) implements YamlNode {

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
