/**
 * Authoring help: the starter site {@code okrsite init} copies (with its sample OKRs moved to the
 * current quarter) and the files {@code okrsite new} scaffolds — an OKR document, a pre-filled
 * weekly check-in, a retrospective, a KPI snapshot — following the seed templates. Scaffolds are
 * computed as text from the checked model; writing them (never over an existing file) is the only
 * I/O.
 */
package org.okrsite.scaffold;
