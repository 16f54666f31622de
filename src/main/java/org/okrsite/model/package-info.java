/**
 * Immutable records of the OKR domain: organisation, cycles, objectives, key results, check-ins,
 * quantities and the kinds of key result. Parsing here is pure text-to-value work (a metric value
 * such as {@code "< 2 days"}, a free-text key result such as {@code "MRR from $2K to $8K"}); it
 * never reads files and never throws on what people write.
 */
package org.okrsite.model;
