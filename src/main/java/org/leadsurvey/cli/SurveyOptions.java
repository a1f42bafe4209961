package org.leadsurvey.cli;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leadsurvey.analysis.SurveySettings;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.stats.MissingPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How a survey export is read and reported, shared by every command that reads one: the team
 * column, the smallest team shown, missing answers, no-answer codes and the file's encoding.
 */
public final class SurveyOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = {"-t", "--team"}, paramLabel = "COLUMN", defaultValue = "team",
      description = "Team column (default: ${DEFAULT-VALUE}); without one, organisation-level results only.")
  String team;

  @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
      description = "Smallest team size shown (default: ${DEFAULT-VALUE}).")
  int minGroup;

  @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "pairwise",
      description = "pairwise: every answer counts (default); listwise: only respondents who answered every item.")
  MissingPolicy missing;

  @Option(names = "--na", paramLabel = "CODE", split = ",", defaultValue = "NA",
      description = "Cell values meaning no answer, besides an empty cell (default: ${DEFAULT-VALUE}).")
  List<String> naCodes;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of the file (default: detected: byte order mark, UTF-16, UTF-8,"
          + " else Windows-1252 with a warning).")
  Charset encoding;

  /** The settings of an analysis; a --min-group below 1 is a usage error. */
  SurveySettings settings() {
    if (minGroup < 1) {
      throw UserError.usage("--min-group must be at least 1");
    }
    // A team column named on the command line must exist; the default one may be absent.
    boolean teamRequired = spec.commandLine().getParseResult().hasMatchedOption("--team");
    Set<String> na = new HashSet<>(naCodes);
    na.add("");
    return new SurveySettings(team, teamRequired, missing, minGroup, na);
  }

  /** The input's encoding, or null to detect it. */
  Charset encoding() {
    return encoding;
  }

  String team() {
    return team;
  }

  int minGroup() {
    return minGroup;
  }
}
