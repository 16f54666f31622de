package org.okrsite.serve;

import java.util.Locale;
import java.util.Map;

/** The media type of a site file, from its extension. */
final class ContentTypes {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("xml", "application/atom+xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("webmanifest", "application/manifest+json"));

  private ContentTypes() {}

  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) return "application/octet-stream";
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    // Sitemaps are XML too; only feeds live under feeds/.
    if (ext.equals("xml") && !path.startsWith("feeds/")) return "application/xml; charset=utf-8";
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  static boolean isHtml(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".html");
  }
}
