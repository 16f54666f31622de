package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped stylesheet defines every custom property the charts use, in every theme. */
class ChartColorsCssTest {

  @Test
  void definesEveryPropertyForLightAndBothDarkSelectors() throws Exception {
    String css;
    try (InputStream in = ChartColor.class.getResourceAsStream("chart-colors.css")) {
      assertNotNull(in);
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
