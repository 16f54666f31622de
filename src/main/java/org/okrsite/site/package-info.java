/**
 * Where everything of a site goes: {@link org.okrsite.site.SitePaths}, the one list of the output
 * paths and links (pages, feeds, {@code data/okrs.json}, sitemap, search index), and {@link
 * org.okrsite.site.OutputFiles}, the checked set of files a build makes. The render and publish
 * stages both write through these, so neither needs the other.
 */
package org.okrsite.site;
