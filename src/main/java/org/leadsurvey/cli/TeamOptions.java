package org.leadsurvey.cli;

import org.leadsurvey.analysis.UserError;
import picocli.CommandLine.Option;

/** The team column and the smallest group shown, shared by every command that reads teams. */
final class TeamOptions {
  @Option(names = {"-t", "--team"}, paramLabel = "COLUMN", defaultValue = "team",
      description = "Team column (default: ${DEFAULT-VALUE}).")
  String team;

  @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
      description = "Smallest group shown, in people (default: ${DEFAULT-VALUE}); smaller"
          + " teams are hidden in every output.")
  int minGroup;

  String team() {
    return team;
  }

  /** The minimum group size; below 1 is a usage error. */
  int minGroup() {
    if (minGroup < 1) {
      throw UserError.usage("--min-group must be at least 1");
    }
    return minGroup;
  }
}
