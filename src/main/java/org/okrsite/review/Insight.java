package org.okrsite.review;

/**
 * One observation about a scope, with the records behind it.
 *
 * @param kind stable key, e.g. {@code confidence-drop}, {@code recurring-blocker}, {@code
 *     quick-win}
 * @param message one sentence for the site
 */
public record Insight(String kind, String message, Evidence evidence) {}
