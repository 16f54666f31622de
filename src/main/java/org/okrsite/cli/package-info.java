/**
 * The command line: {@code build}, {@code check}, {@code serve}, {@code init}, {@code new}, their
 * options, exit codes (0 done, 1 content errors, 2 bad command line) and how problems are printed.
 */
package org.okrsite.cli;
