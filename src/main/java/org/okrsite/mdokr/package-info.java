/**
 * Markdown OKR documents as teams already write them — the seed's quarterly template, its weekly
 * update, heading-and-bullet files with several cycles — translated into the same YAML node tree
 * the {@code okr} and {@code checkin} shapes produce, with positions pointing into the Markdown, so
 * the linker, validation and scoring treat them exactly like YAML. Also writes that tree back out
 * as YAML for {@code okrsite convert}.
 */
package org.okrsite.mdokr;
