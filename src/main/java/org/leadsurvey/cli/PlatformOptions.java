package org.leadsurvey.cli;

import org.leadsurvey.ingest.Dialect;
import org.leadsurvey.ingest.ResponseReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** How to read a survey platform's export: its dialect, and whether to keep unfinished rows. */
final class PlatformOptions {
  @Option(names = "--dialect", paramLabel = "NAME", converter = DialectConverter.class,
      description = "Export layout: plain, qualtrics, surveymonkey, google-forms, "
          + "microsoft-forms (also Excel), limesurvey (default: detected from the header rows).")
  Dialect dialect;

  @Option(names = "--include-unfinished",
      description = "Keep responses the platform marks unfinished (Qualtrics Finished = False,"
          + " LimeSurvey without submitdate); dropped and counted by default.")
  boolean includeUnfinished;

  /** {@code --invalid}: what an answer outside the scale is. */
  enum Invalid { MISSING, ERROR }

  @Option(names = "--invalid", paramLabel = "WHAT", defaultValue = "error",
      description = "An answer outside the scale (a stray N/A code) is an error (default) or"
          + " missing: read as no answer, counted per column in a warning.")
  Invalid invalid;

  @Option(names = "--sheet", paramLabel = "NAME|N",
      description = "For an .xlsx workbook, the sheet to read: its name or its number from 1"
          + " (default: the first).")
  String sheet;

  /** How to read the export (row details are the analysis's to ask for). */
  ResponseReader.Options read() {
    return new ResponseReader.Options(dialect, includeUnfinished, false,
        invalid == Invalid.MISSING, sheet);
  }

  static final class DialectConverter implements ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
      try {
        return Dialect.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
