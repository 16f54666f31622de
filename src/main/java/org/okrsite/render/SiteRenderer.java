package org.okrsite.render;

import org.okrsite.config.Settings;
import org.okrsite.model.Model;
import org.okrsite.publish.OutputFiles;
import org.okrsite.score.Scores;

/** Renders the site's pages into {@link OutputFiles}. */
public final class SiteRenderer {
  private SiteRenderer() {}

  public static void render(Model model, Scores scores, Settings settings, OutputFiles out) {
    out.text("index.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + Html.escape(settings.title()) + "</title></head><body><h1>" + Html.escape(settings.title())
        + "</h1><p><a href=\"data/okrs.json\">okrs.json</a></p></body></html>\n");
  }
}
