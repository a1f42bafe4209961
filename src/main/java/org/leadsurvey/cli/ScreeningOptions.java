package org.leadsurvey.cli;

import org.leadsurvey.analysis.Screening;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.stats.CarelessScreen;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Careless-response screening: which respondents to flag, and whether to leave them out. */
final class ScreeningOptions {
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

  /**
   * The screening asked for, or null; --exclude-flagged takes the standard cut-offs only:
   * results left out at two cut-offs could be subtracted to single a person out.
   */
  Screening screening(Instrument instrument) {
    if (!enabled()) {
      return null;
    }
    CarelessScreen.Thresholds thresholds = cutOffs.thresholds(instrument);
    if (excludeFlagged && !thresholds.equals(CarelessScreen.Thresholds.standard(
        instrument.items().size(), instrument.scale().max() - instrument.scale().min()))) {
      throw UserError.usage("--exclude-flagged works with the standard cut-offs only, so that"
          + " results without different people cannot be subtracted from each other; try other"
          + " cut-offs with --screen, which only counts");
    }
    return new Screening(thresholds, excludeFlagged);
  }
}
