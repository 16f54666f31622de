package org.okrsite.scaffold;

/**
 * A file to create: its path relative to the source folder, and its text.
 *
 * @param notes things the author should know (printed, not written), e.g. what was carried forward
 */
public record Scaffold(String path, String text, java.util.List<String> notes) {
  public Scaffold {
    notes = java.util.List.copyOf(notes);
  }
}
