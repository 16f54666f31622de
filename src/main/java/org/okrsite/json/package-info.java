/**
 * A small, deterministic JSON writer (keys in insertion order, numbers in a locale-free form) used
 * by the machine outputs: {@code data/okrs.json}, {@code data/due.json} and {@code check --format
 * json|sarif}.
 */
package org.okrsite.json;
