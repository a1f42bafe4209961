package org.leadsurvey.result;

import java.util.List;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.stats.ScaleCorrelations;

/**
 * Everything an {@code analyze} run shows, in every format. Built only from privacy-filtered
 * results: hidden teams have no numbers here.
 *
 * @param files the input files as named on the command line
 * @param rows data rows read
 * @param minGroup the smallest team size reported
 * @param correlations between the scales' person scores; null with fewer than two scales
 * @param screening careless-response screening counts, or null when not screened
 */
public record AnalysisReport(
    String toolVersion,
    List<String> files,
    long rows,
    Instrument instrument,
    int minGroup,
    List<ScaleReport> scales,
    ScaleCorrelations correlations,
    ScreeningReport screening) {

  public AnalysisReport {
    files = List.copyOf(files);
    scales = List.copyOf(scales);
  }

  /** A report of one scale, not screened. */
  public AnalysisReport(String toolVersion, List<String> files, long rows, Instrument instrument,
      int minGroup, List<ScaleReport> scales) {
    this(toolVersion, files, rows, instrument, minGroup, scales, null, null);
  }
}
