/**
 * End-to-end tests of the published example site in real headless Chromium (Debian's {@code
 * /usr/bin/chromium} driven through {@code /usr/bin/chromedriver} by Selenium): navigation by
 * clicking, charts and their data tables, search, dark mode, past cycles, console errors, axe-core
 * accessibility checks in light and dark themes, keyboard reachability, screenshots and horizontal
 * overflow at phone width. Without Chromium they are skipped, except under {@code CI}.
 */
package org.okrsite.browser;
