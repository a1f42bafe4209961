package org.leadsurvey.cli;

import java.nio.charset.Charset;
import org.leadsurvey.analysis.SurveySettings;
import org.leadsurvey.stats.MissingPolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How a survey export is read and reported, shared by every command that reads one: the team
 * column, the smallest team shown, missing answers, no-answer codes and the file's encoding.
 */
final class SurveyOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Mixin TeamOptions teams;

  @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "pairwise",
      description = "pairwise: every answer counts (default); listwise: only respondents who answered every item.")
  MissingPolicy missing;

  @Mixin ReadingOptions reading;

  /** The settings of an analysis; a --min-group below 1 is a usage error. */
  SurveySettings settings() {
    // A team column named on the command line must exist; the default one may be absent.
    boolean teamRequired = spec.commandLine().getParseResult().hasMatchedOption("--team");
    return new SurveySettings(teams.team(), teamRequired, missing, teams.minGroup(),
        reading.missingCodes());
  }

  /** The input's encoding, or null to detect it. */
  Charset encoding() {
    return reading.encoding();
  }

  String team() {
    return teams.team();
  }

  int minGroup() {
    return teams.minGroup();
  }
}
