package org.leadsurvey.cli;

import java.nio.file.Path;
import org.leadsurvey.report.ReportFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where results go and in which format. */
final class OutputOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, csv, md, html (one self-contained page with charts) or xlsx (a"
          + " workbook, with -o FILE.xlsx) "
          + "(default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Mixin OutputFileOption output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write every table as its own CSV file plus analysis.json into DIR.")
  Path outputDir;

  ReportFormat format() {
    return format;
  }

  /** The file to write, or null for standard output. */
  Path file() {
    return output.file();
  }

  /** The folder to write every table into, or null. */
  Path directory() {
    return outputDir;
  }
}
