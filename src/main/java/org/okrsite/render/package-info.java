/**
 * Rendering: turns the linked, scored model into the pages of the site. Java view models (records
 * and ordered maps) hold every computed value; logic-less Mustache templates from the theme ({@code
 * themes/default} in the jar, overridable file by file from {@code <source>/themes/}) lay them out;
 * {@link org.okrsite.render.Markdown} is the one door Markdown goes through (raw HTML escaped, or
 * cleaned by {@code HtmlSanitiser} when the site opts in), and {@code UrlPolicy} the one rule for
 * URLs written in content. All links are relative, so the site works from any sub-path and from the
 * file system.
 */
package org.okrsite.render;
