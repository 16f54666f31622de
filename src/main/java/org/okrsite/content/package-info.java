/**
 * The first stage of the pipeline: finds the content files under the source folder, decodes them as
 * strict UTF-8, splits Markdown front matter from its body, and parses YAML safely (no object
 * construction, bounded aliases, depth and size) into an immutable {@link
 * org.okrsite.content.YamlNode} tree whose every node knows its file, line and column. Every
 * problem becomes a {@link org.okrsite.diagnostic.Diagnostic}; nothing is thrown past {@link
 * org.okrsite.content.ContentLoader}. This package imports only {@code diagnostic}.
 */
package org.okrsite.content;
