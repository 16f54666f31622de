package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static Map<String, byte[]> site;

  @BeforeAll
  static void build() {
    SiteBuilder.Rendered r = SiteBuilder.render(options(), SiteBuilder.Progress.NONE);
    assertFalse(r.result().hasErrors(), r.result().diagnostics().toString());
    site = r.files().all();
  }

  private static SiteBuilder.Options options() {
    return new SiteBuilder.Options(
        TestSites.EXAMPLE, null, LocalDate.parse("2026-11-23"), false, false, false);
  }

  @Test
  void companyUnitAndPersonFeedsExist() {
    assertTrue(site.containsKey("feeds/company.xml"));
    assertTrue(site.containsKey("feeds/units/growth.xml"));
    assertTrue(site.containsKey("feeds/units/product-engineering.xml"));
    assertTrue(site.containsKey("feeds/people/sarah-chen.xml"));
  }

  @Test
  void everyFeedIsAtomWithIdsDatesAndLinks() throws Exception {
    int feeds = 0;
    for (var e : site.entrySet()) {
      if (!e.getKey().startsWith("feeds/")) continue;
      feeds++;
      Document doc = parse(e.getValue());
      Element feed = doc.getDocumentElement();
      assertEquals(ATOM, feed.getNamespaceURI(), e.getKey());
      assertEquals("feed", feed.getLocalName());
      assertTrue(child(feed, "id").startsWith("tag:okrsite,2026:feed/"), e.getKey());
      OffsetDateTime.parse(child(feed, "updated"));
      assertFalse(child(feed, "title").isBlank());
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      Set<String> ids = new HashSet<>();
      OffsetDateTime previous = null;
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        String id = child(entry, "id");
        assertTrue(id.matches("tag:okrsite,2026:(checkin|retro)/[a-z0-9-]+"), id);
        assertTrue(ids.add(id), "duplicate id " + id);
        String updated = child(entry, "updated");
        assertTrue(
            updated.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"),
            updated);
        OffsetDateTime t = OffsetDateTime.parse(updated);
        if (previous != null) assertFalse(t.isAfter(previous), "newest first in " + e.getKey());
        previous = t;
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertNotNull(link, id);
        assertTrue(
            link.getAttribute("href").startsWith("../"),
            "relative to the feed: " + link.getAttribute("href"));
        assertFalse(child(entry, "content").isBlank());
      }
    }
    assertTrue(feeds > 20, "feeds: " + feeds);
  }

  @Test
  void checkInEntriesCarryGripAndTheSiteTimeZone() throws Exception {
    String xml = new String(site.get("feeds/units/platform.xml"), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<id>tag:okrsite,2026:checkin/team-platform-2026-11-20</id>"));
    assertTrue(
        xml.contains("<updated>2026-11-20T00:00:00-05:00</updated>"),
        "America/New_York in November");
    assertTrue(xml.contains("G — goal confidence: 0.45"));
    assertTrue(xml.contains("P — Okta-only self-serve SSO beta (Dec 1) → supports KR1"));
    assertTrue(
        xml.contains(
            "href=\"../../cycles/2026-q4/updates/2026-w47.html#checkin-team-platform-2026-11-20\""),
        xml);
    String growth = new String(site.get("feeds/units/growth.xml"), StandardCharsets.UTF_8);
    assertTrue(growth.contains("tag:okrsite,2026:retro/"), "retrospectives are in the feed");
  }

  @Test
  void noPrivateDocumentReachesAFeed() {
    for (var e : site.entrySet()) {
      if (e.getKey().startsWith("feeds/")) {
        assertFalse(
            new String(e.getValue(), StandardCharsets.UTF_8).contains("PRIVATE-MARKER-7f3a"),
            e.getKey());
      }
    }
  }

  @Test
  void sameInputSameFeeds() {
    Map<String, byte[]> again =
        SiteBuilder.render(options(), SiteBuilder.Progress.NONE).files().all();
    for (var e : site.entrySet()) {
      if (e.getKey().startsWith("feeds/"))
        assertArrayEquals(e.getValue(), again.get(e.getKey()), e.getKey());
    }
  }

  @Test
  void linksAreAbsoluteWithABaseUrl() {
    assertEquals(
        "https://okrs.example.com/checkins/x.html",
        FeedLinks.href("https://okrs.example.com/", "feeds/units/a.xml", "checkins/x.html"));
    assertEquals(
        "../../checkins/x.html", FeedLinks.href(null, "feeds/units/a.xml", "checkins/x.html"));
    assertEquals(
        "a &lt;b&gt; &amp; &quot;c&quot;\uFFFD",
        org.okrsite.escape.Xml.text("a <b> & \"c\"\u0001"));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String child(Element parent, String name) {
    NodeList l = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < l.getLength(); i++) {
      if (l.item(i).getParentNode() == parent) return l.item(i).getTextContent();
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }
}
