package org.leadsurvey.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** How the input splits into survey waves: one wave per file, or by a column. */
final class WaveOptions {
  @Option(names = "--wave", paramLabel = "COLUMN",
      description = "One FILE holds every wave: COLUMN says which wave a row is in (one pass).")
  String column;

  @Option(names = "--wave-names", paramLabel = "NAME", split = ",",
      description = "Wave names in order: one per file, or (with --wave) the column's values in "
          + "the order to compare (default: file names without .csv; column values in natural order).")
  List<String> names;

  /** The column that says which wave a row is in, or null (a file per wave). */
  String column() {
    return column;
  }

  /** The waves' names in order, or null. */
  List<String> names() {
    return names;
  }
}
