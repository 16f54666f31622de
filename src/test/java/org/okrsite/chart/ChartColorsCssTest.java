package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The theme's chart stylesheet (the one place chart colours are defined) sets every custom property
 * the charts use, in every theme.
 */
class ChartColorsCssTest {

  @Test
  void definesEveryPropertyForLightAndBothDarkSelectors() throws Exception {
    String css =
        Files.readString(Path.of("themes/default/assets/charts.css"), StandardCharsets.UTF_8);
    for (ChartColor colour : ChartColor.values()) {
      Matcher m = Pattern.compile(Pattern.quote(colour.property()) + "\\s*:").matcher(css);
      int count = 0;
      while (m.find()) {
        count++;
      }
      assertEquals(3, count, colour.property() + " in light, media dark, [data-theme=dark]");
    }
  }
}
