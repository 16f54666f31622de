package org.okrsite.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Page-level view models as ordered maps: keys in the order given, so output never depends on
 * hashing.
 */
final class Vm {
  private Vm() {}

  /**
   * {@code Vm.of("title", t, "cards", list)}; null values are kept (templates treat them as
   * absent).
   */
  static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0)
      throw new IllegalArgumentException("odd number of arguments");
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2)
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return m;
  }
}
