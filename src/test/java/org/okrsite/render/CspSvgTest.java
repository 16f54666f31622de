package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Chart style attributes become presentation attributes and colour classes. */
class CspSvgTest {
  @Test
  void themedColoursBecomeClassesTheRestAttributes() {
    assertEquals("<path d=\"M0 0\" fill=\"none\" stroke-width=\"0.5\" class=\"cs-axis\"/>",
        CspSvg.of("<path d=\"M0 0\" style=\"fill:none;stroke:var(--chart-axis);stroke-width:0.5;\"/>"));
  }

  @Test
  void classesJoinAnExistingClassAttribute() {
    assertEquals("<svg class=\"okr-chart cf-text\" font-family=\"sans-serif\"><title>a style=\"x\"</title></svg>",
        CspSvg.of("<svg class=\"okr-chart\" style=\"fill:var(--chart-text);font-family:sans-serif\"><title>a style=\"x\"</title></svg>"));
  }

  @Test
  void markupWithoutStyleIsUnchanged() {
    String svg = "<svg viewBox=\"0 0 1 1\"><g clip-path=\"url(#a)\"><text>1 &lt; 2</text></g></svg>";
    assertEquals(svg, CspSvg.of(svg));
  }

  @Test
  void aThemedColourOutsideFillAndStrokeIsRefused() {
    assertThrows(IllegalStateException.class, () -> CspSvg.of("<stop style=\"stop-color:var(--chart-text)\"/>"));
  }
}
