package org.okrsite.mdokr;

import java.util.List;
import org.okrsite.content.SourceDocument;

/**
 * What a Markdown OKR document reads as: the YAML-shaped documents ({@code okr:} per cycle, or
 * {@code checkin:} and {@code kpi_dashboard:} for a weekly update) with positions in the Markdown.
 * Empty when the document is an OKR document whose owner or cycle could not be told (already
 * reported): it must then not be read as a plain page either.
 */
public record Translation(List<SourceDocument> documents) {
  public Translation {
    documents = List.copyOf(documents);
  }
}
