/**
 * Problems found in content, as values: every stage reports into a {@link
 * org.okrsite.diagnostic.Diagnostics} collector instead of throwing, so one run reports everything.
 * This package sits at the bottom of the pipeline and imports nothing else of okrsite.
 */
package org.okrsite.diagnostic;
