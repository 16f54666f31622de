package org.okrsite.publish;

import java.time.OffsetDateTime;
import org.okrsite.model.Owner;

/**
 * One entry of an Atom feed before it is written: a weekly check-in or a retrospective.
 *
 * @param id the stable {@code tag:} URI
 * @param page the page it links to, relative to the site root
 * @param owner whose check-in or retrospective it is
 * @param author the person who wrote it, or null
 * @param summary plain text (GRIP for a check-in), escaped when written
 */
record FeedEntry(String id, String title, OffsetDateTime updated, String page, Owner owner, String author,
    String summary) {}
