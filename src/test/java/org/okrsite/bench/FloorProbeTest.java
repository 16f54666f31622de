package org.okrsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor's probes do the work they claim: every document composed, every file written at its
 * size.
 */
class FloorProbeTest {
  @TempDir Path tmp;

  @Test
  void yamlComposesEveryYamlFileAndEveryFrontMatter() throws Exception {
    Files.createDirectories(tmp.resolve("okrs/team"));
    Files.writeString(tmp.resolve("okrs/team/a.yaml"), "a: 1\n---\nb: [1, 2]\n");
    Files.writeString(tmp.resolve("okrs/b.yml"), "c: d\n");
    Files.writeString(tmp.resolve("okrs/team/c.md"), "---\ntitle: x\n---\nBody\n");
    Files.writeString(tmp.resolve("okrs/plain.md"), "No front matter\n");
    Files.writeString(tmp.resolve("notes.txt"), "a: 1\n");
    assertEquals(4, FloorProbe.yaml(tmp));
  }

  @Test
  void writeCreatesEachFileWithItsSize() throws Exception {
    Path out = tmp.resolve("out");
    FloorProbe.write(
        List.of("10 index.html", "0 empty.txt", "70000 a/b/page.html", "3 a/c.svg"), out);
    assertEquals(10, Files.size(out.resolve("index.html")));
    assertEquals(0, Files.size(out.resolve("empty.txt")));
    assertEquals(70_000, Files.size(out.resolve("a/b/page.html")));
    assertEquals(3, Files.size(out.resolve("a/c.svg")));
  }

  @Test
  void chartsDrawsThatManyDistinctCharts() throws Exception {
    FloorProbe.charts(5, false); // throws unless the cache missed 5 times
    FloorProbe.charts(5, true);
  }

  @Test
  void theFloorRowAddsJFreeChartNotTheSvg() throws IOException {
    Floor.Result r = new Floor.Result(800, 790, 1300, 6811, 250, 8126, 313_000_000);
    assertEquals(1840, r.totalMs());
    assertEquals(
        "| 1,000 | 0.80 | 0.79 (6,811) | 0.25 (8,126, 313) | 1.84 | 5.50 | 1.80 | 1.02 | 1.30 |",
        Floor.row(1000, r, 5500, 1800));
  }
}
