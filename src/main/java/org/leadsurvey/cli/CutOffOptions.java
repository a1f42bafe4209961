package org.leadsurvey.cli;

import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.stats.CarelessScreen;
import picocli.CommandLine.Option;

/** The cut-offs of careless-response screening (shared by analyze and validate). */
final class CutOffOptions {
  @Option(names = "--longstring", paramLabel = "N",
      description = "Flag a run of N identical answers in a row (default: the number of items).")
  Integer longstring;

  @Option(names = "--irv-min", paramLabel = "SD", defaultValue = "0.5",
      description = "Flag a response SD across items below SD (default: ${DEFAULT-VALUE}).")
  double irvMin;

  @Option(names = "--mahalanobis-p", paramLabel = "P", defaultValue = "0.001",
      description = "Flag Mahalanobis D² with chi-square p below P (default: ${DEFAULT-VALUE}).")
  double mahalanobisP;

  @Option(names = "--inconsistency", paramLabel = "POINTS",
      description = "Flag |mean keyed normal items - mean keyed reverse items| of a scale of at"
          + " least POINTS (default: half the answer range, 3 on 1..7).")
  Double inconsistency;

  @Option(names = "--speeder-share", paramLabel = "SHARE", defaultValue = "0.5",
      description = "Flag completion times below SHARE x the median time, when the export has"
          + " times (default: ${DEFAULT-VALUE}).")
  double speederShare;

  CarelessScreen.Thresholds thresholds(Instrument instrument) {
    if (speederShare <= 0 || speederShare >= 1) {
      throw UserError.usage("--speeder-share must be between 0 and 1");
    }
    if (mahalanobisP <= 0 || mahalanobisP >= 1) {
      throw UserError.usage("--mahalanobis-p must be between 0 and 1");
    }
    if (longstring != null && longstring < 2) {
      throw UserError.usage("--longstring must be at least 2");
    }
    int k = instrument.items().size();
    double range = instrument.scale().max() - instrument.scale().min();
    return new CarelessScreen.Thresholds(longstring == null ? k : longstring, irvMin,
        mahalanobisP, inconsistency == null ? range / 2 : inconsistency, speederShare);
  }
}
