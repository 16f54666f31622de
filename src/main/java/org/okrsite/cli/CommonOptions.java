package org.okrsite.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class CommonOptions {
  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      defaultValue = "content",
      description = "The folder holding the OKR content (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description =
          "Build the site as of this date: pace, staleness and \"this week\" are computed from it "
              + "(default: today in the site's time zone).")
  LocalDate asOf;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--drafts", description = "Include objectives with status: draft.")
  boolean drafts;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print more, and stack traces on internal errors.")
  boolean verbose;

  /** Parses YYYY-MM-DD, with a usage error naming the expected form. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-16");
      }
    }
  }
}
