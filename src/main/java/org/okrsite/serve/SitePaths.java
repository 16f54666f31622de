package org.okrsite.serve;

import java.util.Optional;

/**
 * Turns a request path into a site file path: decoded, {@code index.html} for folders, and refused
 * outright when it holds {@code ..}, {@code .}, backslashes or control characters, so no request
 * can name anything outside the site (the site is in memory anyway; this keeps it obvious).
 */
final class SitePaths {
  private SitePaths() {}

  /** The site path for a decoded request path, or empty when the request is not acceptable. */
  static Optional<String> resolve(String decodedPath) {
    if (decodedPath == null || decodedPath.isEmpty() || decodedPath.charAt(0) != '/')
      return Optional.empty();
    for (int i = 0; i < decodedPath.length(); i++) {
      char c = decodedPath.charAt(i);
      if (c < 0x20 || c == '\\' || c == 0x7f) return Optional.empty();
    }
    String p = decodedPath.substring(1);
    for (String seg : p.split("/", -1)) {
      if (seg.equals("..") || seg.equals(".")) return Optional.empty();
    }
    if (p.contains("//")) return Optional.empty();
    if (p.isEmpty() || p.endsWith("/")) p = p + "index.html";
    return Optional.of(p);
  }
}
