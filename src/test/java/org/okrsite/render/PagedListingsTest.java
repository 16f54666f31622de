package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.TestSites;

/**
 * Timelines and week pages of a generated 100-person organisation: long listings are split into
 * pages of at most 100 check-ins, chained by previous/next links, and together hold every check-in
 * once — so no page grows with the size of the organisation.
 */
class PagedListingsTest {
  private static final Pattern CHECK_IN =
      Pattern.compile("<article class=\"checkin\" id=\"([^\"]+)\"");
  private static final Pattern NEXT =
      Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">Next page");
  private static final Pattern SUMMARY =
      Pattern.compile("Page (\\d+) of (\\d+): check-ins (\\d+)–(\\d+) of (\\d+)");

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = TestSites.buildGenerated(100, tmp);
  }

  @Test
  void theCompanyTimelineIsSplitIntoPagesThatHoldEveryCheckInOnce() throws IOException {
    Path company = onlyFile(site.resolve("cycles/2026-q4/timelines"), "company-like timeline");
    List<Path> pages = chain(company);
    assertTrue(pages.size() > 3, pages.size() + " pages");
    Set<String> ids = new LinkedHashSet<>();
    int total = -1;
    for (int i = 0; i < pages.size(); i++) {
      String html = Files.readString(pages.get(i));
      List<String> here = ids(html);
      assertTrue(here.size() <= UpdatePages.PAGE_SIZE, here.size() + " on " + pages.get(i));
      for (String id : here) assertTrue(ids.add(id), id + " twice");
      Matcher m = SUMMARY.matcher(html);
      assertTrue(m.find(), "no pager on " + pages.get(i));
      assertEquals(i + 1, Integer.parseInt(m.group(1)));
      assertEquals(pages.size(), Integer.parseInt(m.group(2)));
      assertEquals(here.size(), Integer.parseInt(m.group(4)) - Integer.parseInt(m.group(3)) + 1);
      total = Integer.parseInt(m.group(5));
    }
    assertEquals(total, ids.size(), "every check-in is on one page");
  }

  @Test
  void aBusyWeekContinuesOnFurtherPages() throws IOException {
    Path week = site.resolve("cycles/2026-q4/updates/2026-w50.html");
    String html = Files.readString(week);
    Matcher count = Pattern.compile("· (\\d+) check-ins ·").matcher(html);
    assertTrue(count.find());
    int checkIns = Integer.parseInt(count.group(1));
    assertTrue(
        checkIns > UpdatePages.PAGE_SIZE,
        checkIns + " check-ins: the generated week should need two pages");
    List<Path> pages = chain(week);
    assertEquals((checkIns + UpdatePages.PAGE_SIZE - 1) / UpdatePages.PAGE_SIZE, pages.size());
    Set<String> ids = new LinkedHashSet<>();
    for (Path p : pages) ids.addAll(ids(Files.readString(p)));
    assertEquals(checkIns, ids.size());
    assertTrue(Files.readString(pages.get(1)).contains("its first page has the KPIs"));
  }

  /** The page and every page reached by following "Next page". */
  private static List<Path> chain(Path first) throws IOException {
    List<Path> pages = new ArrayList<>(List.of(first));
    for (Path p = first; ; ) {
      Matcher next = NEXT.matcher(Files.readString(p));
      if (!next.find()) return pages;
      p = p.getParent().resolve(next.group(1)).normalize();
      assertTrue(Files.isRegularFile(p), "broken next link to " + p);
      pages.add(p);
    }
  }

  private static List<String> ids(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = CHECK_IN.matcher(html);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /** The timeline with the most check-ins (the company's, which holds everyone's). */
  private static Path onlyFile(Path folder, String what) throws IOException {
    try (var files = Files.list(folder)) {
      return files
          .filter(p -> p.toString().endsWith(".html"))
          .max(
              java.util.Comparator.comparingLong(
                  p -> {
                    Matcher m;
                    try {
                      m = SUMMARY.matcher(Files.readString(p));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                    return m.find() ? Long.parseLong(m.group(5)) : 0;
                  }))
          .orElseThrow(() -> new AssertionError("no " + what));
    }
  }
}
