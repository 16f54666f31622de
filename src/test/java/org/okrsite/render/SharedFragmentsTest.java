package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;

/**
 * A check-in's partial is rendered once per page depth and copied to its other pages; the pages are
 * the same as when every copy is rendered, and the copies are let go after their last use.
 */
class SharedFragmentsTest {
  private static final byte[] A =
      "<article>a</article>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void anItemsBytesAreCopiedUntilItsLastPlannedUseThenDropped() {
    Object item = new Object();
    SharedFragments shared = new SharedFragments(Map.of(item, 3), 1_000);
    assertNull(shared.use(item, 4), "first use: nothing rendered yet");
    shared.keep(item, 4, A);
    assertEquals(A.length, shared.kept());
    assertNull(shared.use(item, 3), "another depth is another rendering");
    assertArrayEquals(A, shared.use(item, 4), "the last use gets the copy");
    assertEquals(0, shared.kept(), "and the copy is dropped");
    shared.keep(item, 4, A);
    assertEquals(0, shared.kept(), "no uses left: nothing kept");
    assertEquals(1, shared.hits());
  }

  @Test
  void nothingIsKeptPastTheBudgetOrForAnUnplannedItem() {
    Object item = new Object();
    SharedFragments shared = new SharedFragments(Map.of(item, 5), A.length - 1);
    assertNull(shared.use(item, 4));
    shared.keep(item, 4, A);
    assertNull(shared.use(item, 4), "over budget: rendered again");
    Object other = new Object();
    shared.keep(other, 4, A);
    assertNull(shared.use(other, 4));
    assertEquals(0, shared.kept());
  }

  @Test
  void pagesAreByteForByteTheSameWithAThemesOwnCheckInPartialThatIsNeverShared(@TempDir Path tmp)
      throws IOException {
    Path shared = TestSites.buildGenerated(60, tmp);
    // The same partial, but the site's own: a theme's partial might read the page around it, so it
    // is
    // rendered on every page.
    Path source = tmp.resolve("org");
    Files.createDirectories(source.resolve("themes/partials"));
    Files.write(
        source.resolve("themes/partials/checkin.mustache"),
        new Theme(null).bytes("partials/checkin.mustache").orElseThrow());
    Path rendered = tmp.resolve("rendered");
    SiteBuilder.Result r =
        TestSites.build(source, rendered, org.okrsite.bench.OrgGenerator.AS_OF.toString());
    assertTrue(!r.hasErrors(), TestSites.errors(r));

    List<String> files = files(shared);
    assertEquals(files, files(rendered));
    int timelines = 0;
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(shared.resolve(f)), Files.readAllBytes(rendered.resolve(f)), f);
      if (f.contains("/timelines/")) timelines++;
    }
    assertTrue(timelines > 10, timelines + " timeline pages compared");
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
