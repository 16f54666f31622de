package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrsite.SiteBuilder;
import org.okrsite.chart.ChartCache;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.site.OutputFiles;

/**
 * A chart is drawn once per renderer: repeated on pages or in a second render, it comes from the
 * cache.
 */
class ChartCachePerBuildTest {
  @Test
  void eachDistinctChartIsDrawnOnce() {
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(BuiltSite.EXAMPLE, null, BuiltSite.AS_OF, false, false, false));
    ChartRenderer charts = new ChartRenderer(ChartCache.inMemory());
    OutputFiles first = new OutputFiles();
    SiteRenderer.render(
        r.model(), r.scores(), r.review(), r.settings(), BuiltSite.EXAMPLE, charts, first);
    long drawn = charts.cache().misses();
    assertEquals(distinctCharts(first), drawn, "one drawing per distinct chart");
    assertTrue(
        charts.cache().hits() > 0,
        "a chart shown on two pages (the Q3 score distribution) is drawn once");

    OutputFiles second = new OutputFiles();
    SiteRenderer.render(
        r.model(), r.scores(), r.review(), r.settings(), BuiltSite.EXAMPLE, charts, second);
    assertEquals(drawn, charts.cache().misses(), "the second render draws nothing");
    assertEquals(first.all().keySet(), second.all().keySet());
  }

  private static long distinctCharts(OutputFiles files) {
    Set<String> ids = new TreeSet<>();
    Pattern title = Pattern.compile("<title id=\"(okc-[0-9a-f]+)-title\">");
    files
        .all()
        .forEach(
            (path, bytes) -> {
              if (!path.endsWith(".html")) return;
              Matcher m = title.matcher(new String(bytes, StandardCharsets.UTF_8));
              while (m.find()) ids.add(m.group(1));
            });
    return ids.size();
  }
}
