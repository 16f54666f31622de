/**
 * The measuring instrument for scale: a deterministic synthetic-organisation generator and a
 * benchmark that times whole {@code okrsite build} processes (and Hugo, where installed) on it.
 */
package org.okrsite.bench;
