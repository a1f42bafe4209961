package org.leadsurvey.cli;

import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.stats.CarelessScreen;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Careless-response screening: which respondents to flag, and whether to leave them out. */
public final class ScreeningOptions {
  @Option(names = "--screen",
      description = "Flag careless respondents (longstring, IRV, Mahalanobis D², reverse-keyed"
          + " inconsistency, speeders) and report how many each rule flagged. Reads the file"
          + " twice (D² needs the covariance first); standard input is copied to a temporary"
          + " file. No rows are held in memory.")
  boolean screen;

  @Option(names = "--exclude-flagged",
      description = "Leave flagged respondents out of the statistics (implies --screen); the"
          + " output says how many, by rule.")
  boolean excludeFlagged;

  @Mixin CutOffOptions cutOffs;

  boolean enabled() {
    return screen || excludeFlagged;
  }

  CarelessScreen.Thresholds thresholds(Instrument instrument) {
    return cutOffs.thresholds(instrument);
  }
}
