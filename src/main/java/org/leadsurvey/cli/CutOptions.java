package org.leadsurvey.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Demographic cuts: the columns to cut by, and whether to cross them with teams. */
final class CutOptions {
  @Option(names = "--by", paramLabel = "COLUMN",
      description = "Cut every scale by this column's values (repeatable): each value is a group,"
          + " with its gap to the rest of the organisation; blank cells are '(no answer)'.")
  List<String> columns;

  @Option(names = "--cross-teams",
      description = "With --by: team x group cells (n, mean, favourable) too.")
  boolean crossTeams;

  /** The --by columns in the order given; empty without. */
  List<String> columns() {
    return columns == null ? List.of() : List.copyOf(columns);
  }

  boolean crossTeams() {
    return crossTeams;
  }
}
