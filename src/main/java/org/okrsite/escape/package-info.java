/**
 * One escaper per destination, used everywhere text from content reaches an output: {@link
 * org.okrsite.escape.Html} (pages), {@link org.okrsite.escape.Xml} (feeds, sitemap, JUnit reports,
 * SVG), {@link org.okrsite.escape.Yaml} (files okrsite writes for people to edit), {@link
 * org.okrsite.escape.Ics} (the check-in calendars) and {@link org.okrsite.escape.Terminal}
 * (diagnostics on a terminal or in a CI log). JSON has its own writer in {@code org.okrsite.json}.
 * Characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE, U+FFFF) become U+FFFD
 * in HTML and XML alike: visible as "something was here", never silently lost, never a document a
 * parser refuses. Imports nothing of ours.
 */
package org.okrsite.escape;
