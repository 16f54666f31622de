/**
 * Writing the site: the output files produced by the render stage, the machine outputs ({@code
 * data/okrs.json}, {@code data/due.json} and the check-in calendars), the Atom feeds of check-ins
 * and retrospectives ({@code feeds/}), and the staging folder that is swapped in only when
 * complete, so a failed build leaves the previous site untouched.
 */
package org.okrsite.publish;
